import type { ImportProgress } from '../../lib/import/import-customers';
import { useI18n } from '../i18n-context';

/** The bar and the counts while an import runs (and after it, with the bar full). */
export function ImportProgressView({ progress, estimatedRows, finished }: { progress: ImportProgress; estimatedRows: number; finished: boolean }) {
  const { t } = useI18n();
  const max = Math.max(estimatedRows, progress.rows, 1);
  return (
    <div class="import-progress">
      <progress aria-label={t('import.progress')} max={max} value={finished ? max : progress.rows} />
      <p data-testid="import-counts" aria-live="polite">
        {t('import.counts', {
          rows: progress.rows,
          imported: progress.imported,
          updated: progress.updated,
          rejected: progress.rejected,
          speed: progress.rowsPerSecond,
        })}
      </p>
    </div>
  );
}
