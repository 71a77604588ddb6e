import { useState } from 'preact/hooks';
import { downloadBlob, fileDate } from '../../lib/data-io/download';
import { EXPORT_KINDS, exportCsv, type ExportKind } from '../../lib/data-io/export-csv';
import { pageDatabase } from '../../lib/data-io/page-database';
import { errorText } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';

type Status = { id: 'export.done'; count: number; file: string } | { id: 'export.failed'; message: string };

/** CSV files of customers, contacts and purchases, for Excel or another CRM. */
export function ExportSection() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportKind>();
  const [status, setStatus] = useState<Status>();

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    try {
      const { csv, rows } = await exportCsv(pageDatabase(), kind);
      const file = `${kind}-${fileDate()}.csv`;
      downloadBlob(document, new Blob([csv], { type: 'text/csv;charset=utf-8' }), file);
      setStatus({ id: 'export.done', count: rows, file });
    } catch (error) {
      setStatus({ id: 'export.failed', message: errorText(error) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section class="section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.title')}</h2>
      <p class="muted">{t('export.explain')}</p>
      <div class="buttons">
        {EXPORT_KINDS.map((kind) => (
          <button key={kind} type="button" class="secondary" data-export={kind} disabled={busy !== undefined} onClick={() => void run(kind)}>
            {t(`export.${kind}`)}
          </button>
        ))}
      </div>
      <p role="status" data-testid="export-status" class={status?.id === 'export.failed' ? 'error' : 'muted'}>
        {status && (status.id === 'export.done' ? t(status.id, { count: status.count, file: status.file }) : t(status.id, { message: status.message }))}
      </p>
    </section>
  );
}
