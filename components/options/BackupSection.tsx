import { useState } from 'preact/hooks';
import { BulkWriteBusyError, withBulkWriteLock } from '../../lib/data-io/bulk-write-lock';
import { backupDatabase, BackupRefusedError, checkBackup, restoreBackup, type CheckedBackup } from '../../lib/data-io/backup';
import { downloadBlob, fileDate } from '../../lib/data-io/download';
import { pageDatabase } from '../../lib/data-io/page-database';
import type { MessageId } from '../../lib/i18n';
import { errorText, request } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';

/** A message id and its values, so that a status follows a language change. */
type Status = { id: MessageId; values?: Record<string, string | number>; reason?: { id: MessageId; values: Record<string, string | number> }; error?: boolean };

/** The whole database to one file, and back: a restore replaces everything, after the file is checked and the user confirms. */
export function BackupSection() {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<CheckedBackup>();

  const backup = async () => {
    setBusy(true);
    try {
      const blob = await backupDatabase(pageDatabase());
      const file = `customer-care-backup-${fileDate()}.json`;
      downloadBlob(document, blob, file);
      const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(blob.size / 1024);
      setStatus({ id: 'backup.done', values: { size, file } });
    } catch (error) {
      setStatus({ id: 'error.generic', values: { message: errorText(error) }, error: true });
    } finally {
      setBusy(false);
    }
  };

  const check = async (file: File) => {
    setPending(undefined);
    setBusy(true);
    try {
      setPending(await checkBackup(pageDatabase(), file));
      setStatus(undefined);
    } catch (error) {
      setStatus(
        error instanceof BackupRefusedError
          ? { id: 'backup.refused', reason: { id: `backup.refused.${error.code}` as MessageId, values: error.values }, error: true }
          : { id: 'error.generic', values: { message: errorText(error) }, error: true },
      );
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: CheckedBackup) => {
    setBusy(true);
    try {
      await withBulkWriteLock(() => restoreBackup(pageDatabase(), backup));
    } catch (error) {
      setStatus(
        error instanceof BulkWriteBusyError
          ? { id: 'data.busy', error: true }
          : { id: 'backup.failed', values: { message: errorText(error) }, error: true },
      );
      setBusy(false);
      return;
    }
    setPending(undefined);
    setStatus({ id: 'backup.restored', values: counts(backup) });
    // The restored scores stand until the background has refitted; a failure here loses nothing.
    await request({ type: 'data/changed' }).catch((error: unknown) => console.error('rescoring after the restore failed', error));
    setBusy(false);
  };

  return (
    <section class="section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.title')}</h2>
      <p class="muted">{t('backup.explain')}</p>
      <div class="buttons">
        <button type="button" class="secondary" data-action="backup" disabled={busy} onClick={() => void backup()}>
          {t('backup.download')}
        </button>
      </div>
      <label class="field">
        <span>{t('backup.restoreFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void check(file);
          }}
        />
      </label>
      {pending && (
        <div class="confirm" role="group" aria-labelledby="restore-confirm">
          <p id="restore-confirm">{t('backup.confirm', counts(pending))}</p>
          <div class="buttons">
            <button type="button" class="danger" data-action="restore" disabled={busy} onClick={() => void restore(pending)}>
              {t('backup.replace')}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => setPending(undefined)}>
              {t('backup.keep')}
            </button>
          </div>
        </div>
      )}
      <p role="status" data-testid="backup-status" class={status?.error ? 'error' : 'muted'}>
        {status && t(status.id, status.reason ? { reason: t(status.reason.id, status.reason.values) } : status.values)}
      </p>
    </section>
  );
}

const counts = (backup: CheckedBackup) => ({
  customers: backup.counts.customers,
  interactions: backup.counts.interactions,
  purchases: backup.counts.purchases,
});
