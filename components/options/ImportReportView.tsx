import type { ImportReport } from '../../lib/import/import-customers';
import { rowErrorText } from '../../lib/import/reason-text';
import { useI18n } from '../i18n-context';

/** Rows shown on the page; all of them are in the downloaded report. */
const SHOWN = 200;

/** The end of an import: what was written, and each rejected row with its line, column and reason. */
export function ImportReportView({
  report,
  cancelled,
  seconds,
  onDownload,
}: {
  report: ImportReport;
  cancelled: boolean;
  seconds: number;
  onDownload(): void;
}) {
  const { t } = useI18n();
  return (
    <div class="import-report" data-testid="import-report">
      <p role="status">
        {t(cancelled ? 'import.cancelledSummary' : 'import.summary', {
          rows: report.rows,
          imported: report.imported,
          updated: report.updated,
          rejected: report.rejectedRows,
          seconds: seconds.toFixed(seconds < 1 ? 2 : 1),
        })}
      </p>
      {report.rejected.length > 0 && (
        <>
          <div class="table-scroll">
            <table class="data-table" data-testid="import-rejected">
              <caption>{t('import.rejectedRows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.report.line')}</th>
                  <th scope="col">{t('import.report.column')}</th>
                  <th scope="col">{t('import.report.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.slice(0, SHOWN).map((error, index) => (
                  <tr key={index}>
                    <td>{error.line}</td>
                    <td>{error.field}</td>
                    <td>{rowErrorText(t, error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.rejected.length + report.omittedErrors > SHOWN && (
            <p class="muted">{t('import.moreInReport', { count: report.rejected.length + report.omittedErrors - SHOWN })}</p>
          )}
          <div class="buttons">
            <button type="button" class="secondary" onClick={onDownload}>
              {t('import.downloadReport')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
