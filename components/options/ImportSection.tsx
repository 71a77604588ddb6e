import { useEffect, useRef, useState } from 'preact/hooks';
import { BulkWriteBusyError, withBulkWriteLock } from '../../lib/data-io/bulk-write-lock';
import { downloadBlob, fileDate } from '../../lib/data-io/download';
import type { CsvEncoding } from '../../lib/import/encoding';
import type { ImportProgress } from '../../lib/import/import-customers';
import { CRM_PRESETS, guessMapping, type ColumnMapping, type CrmPreset } from '../../lib/import/mapping';
import { NotCsvError, prepareImport, type PreparedImport } from '../../lib/import/prepare';
import { localizedReportCsv } from '../../lib/import/reason-text';
import { startImport, type RunningImport } from '../../lib/import/worker-client';
import type { ImportOutcome } from '../../lib/import/worker-protocol';
import { errorText, request } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { CsvFilePicker } from './CsvFilePicker';
import { ImportProgressView } from './ImportProgressView';
import { ImportReportView } from './ImportReportView';
import { MappedPreview } from './MappedPreview';

const ENCODINGS: CsvEncoding[] = ['utf-8', 'gb18030', 'utf-16le'];
/** Brand names: the same in every language. */
const CRM_NAMES: Record<CrmPreset, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot', zoho: 'Zoho CRM' };
const EMPTY_PROGRESS: ImportProgress = { rows: 0, imported: 0, updated: 0, rejected: 0, rowsPerSecond: 0 };

type Rescore = 'running' | { customers: number } | { error: string };

/**
 * CSV import: choose a file, check the encoding and the column mapping on a
 * preview, import in a worker with progress and cancel, then read the report
 * of rejected rows. The background rescores everyone once it is over.
 */
export function ImportSection() {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [prepared, setPrepared] = useState<PreparedImport>();
  const [presetChoice, setPresetChoice] = useState<CrmPreset | 'auto'>('auto');
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [rescore, setRescore] = useState<Rescore>();
  const running = useRef<RunningImport>();

  const prepare = async (chosen: File, choice: { encoding?: CsvEncoding; preset?: CrmPreset }) => {
    setProblem(undefined);
    try {
      const next = await prepareImport(chosen, choice);
      setPrepared(next);
      setMapping(next.mapping);
    } catch (error) {
      setPrepared(undefined);
      setProblem(error instanceof NotCsvError ? t('import.notCsv') : t('import.unreadable', { message: errorText(error) }));
    }
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    setPresetChoice('auto');
    setProgress(undefined);
    setOutcome(undefined);
    setRescore(undefined);
    void prepare(chosen, {});
  };

  const choosePreset = (choice: CrmPreset | 'auto') => {
    setPresetChoice(choice);
    if (prepared) setMapping(guessMapping(prepared.headers, choice === 'auto' ? undefined : choice));
  };

  const run = async () => {
    if (!file || !prepared || !mapping) return;
    setOutcome(undefined);
    setRescore(undefined);
    setProblem(undefined);
    setProgress(EMPTY_PROGRESS);
    let result: ImportOutcome;
    try {
      result = await withBulkWriteLock(() => {
        const job = startImport({ file, mapping, encoding: prepared.encoding }, setProgress);
        running.current = job;
        return job.outcome;
      });
    } catch (error) {
      setProgress(undefined);
      setProblem(error instanceof BulkWriteBusyError ? t('data.busy') : t('error.generic', { message: errorText(error) }));
      return;
    } finally {
      running.current = undefined;
    }
    setOutcome(result);
    if (result.type !== 'failed') {
      setProgress((last) => ({
        ...(last ?? EMPTY_PROGRESS),
        rows: result.report.rows,
        imported: result.report.imported,
        updated: result.report.updated,
        rejected: result.report.rejectedRows,
      }));
    }
    // Cancelled or failed imports kept the whole chunks written before: those customers need scores too.
    setRescore('running');
    try {
      setRescore(await request({ type: 'data/changed' }));
    } catch (error) {
      setRescore({ error: errorText(error) });
    }
  };

  const busy = progress !== undefined && outcome === undefined;
  // Closing the page ends the worker after its current chunk, and the background would not rescore: ask first.
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);
  const detectedLabel = prepared && t(`import.encoding.${prepared.detected.encoding}`);
  const report = outcome && outcome.type !== 'failed' ? outcome : undefined;

  return (
    <section class="section import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.title')}</h2>
      <p class="muted">{t('import.explain')}</p>
      <CsvFilePicker onFile={choose} disabled={busy} />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {file && prepared && mapping && (
        <>
          <p data-testid="import-file">{t('import.file', { name: file.name, rows: prepared.estimatedRows })}</p>
          <div class="import-choices">
            <label class="field">
              <span>{t('import.encoding')}</span>
              <select
                value={prepared.encoding}
                disabled={busy}
                onChange={(event) =>
                  void prepare(file, {
                    encoding: event.currentTarget.value as CsvEncoding,
                    preset: presetChoice === 'auto' ? undefined : presetChoice,
                  })
                }
              >
                {ENCODINGS.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {t(`import.encoding.${encoding}`)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('import.preset')}</span>
              <select
                value={presetChoice}
                disabled={busy}
                onChange={(event) => choosePreset(event.currentTarget.value as CrmPreset | 'auto')}
              >
                <option value="auto">
                  {mapping.preset && presetChoice === 'auto'
                    ? t('import.preset.autoFound', { crm: CRM_NAMES[mapping.preset] })
                    : t('import.preset.auto')}
                </option>
                {CRM_PRESETS.map((preset) => (
                  <option key={preset} value={preset}>
                    {CRM_NAMES[preset]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p class={prepared.detected.confident ? 'muted' : 'warning'} data-testid="import-encoding-note">
            {prepared.detected.confident
              ? t('import.encodingDetected', { encoding: detectedLabel! })
              : t('import.encodingUnsure', { encoding: detectedLabel! })}
          </p>
          <ColumnMappingEditor headers={prepared.headers} sample={prepared.rows[0]} mapping={mapping} onChange={setMapping} />
          <MappedPreview rows={prepared.rows} mapping={mapping} />
          <div class="buttons">
            <button type="button" data-action="import" disabled={busy || !mapping.columns.some(Boolean)} onClick={() => void run()}>
              {t('import.start')}
            </button>
            {busy && (
              <button type="button" class="secondary" data-action="cancel-import" onClick={() => running.current?.cancel()}>
                {t('import.cancel')}
              </button>
            )}
          </div>
        </>
      )}
      {progress && prepared && (
        <ImportProgressView progress={progress} estimatedRows={prepared.estimatedRows} finished={outcome?.type === 'done'} />
      )}
      {outcome?.type === 'failed' && (
        <p class="error" role="alert">
          {t('import.failed', {
            message: outcome.failure ? t('import.failure.unclosedQuote', { line: outcome.failure.line }) : outcome.message,
          })}
        </p>
      )}
      {report && (
        <ImportReportView
          report={report.report}
          cancelled={report.type === 'cancelled'}
          seconds={report.seconds}
          onDownload={() =>
            downloadBlob(
              document,
              new Blob([localizedReportCsv(t, report.report)], { type: 'text/csv;charset=utf-8' }),
              `import-report-${fileDate()}.csv`,
            )
          }
        />
      )}
      {rescore && (
        <p class="muted" data-testid="import-rescore" aria-live="polite">
          {rescore === 'running'
            ? t('import.rescoring')
            : 'error' in rescore
              ? t('error.generic', { message: rescore.error })
              : t('import.rescored', { count: rescore.customers })}
        </p>
      )}
    </section>
  );
}
