import type { MessageId, Translate } from '../i18n';
import { reportToCsv } from './report';
import type { RowError } from './rows';

/** A rejected row's reason in the UI's language; a reason without a message id (a schema's own) as it came. */
export function rowErrorText(t: Translate, error: Pick<RowError, 'reason' | 'code' | 'values'>): string {
  return error.code ? t(`import.reason.${error.code}` as MessageId, error.values) : error.reason;
}

/** The downloadable report in the UI's language. */
export function localizedReportCsv(t: Translate, report: { rejected: RowError[]; omittedErrors?: number }): string {
  return reportToCsv(report, {
    headers: [t('import.report.line'), t('import.report.column'), t('import.report.reason')],
    reason: (error) => rowErrorText(t, error),
    omitted: (count) => t('import.report.omitted', { count }),
  });
}
