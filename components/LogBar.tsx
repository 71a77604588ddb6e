import { useRef, useState } from 'preact/hooks';
import type { Interaction, InteractionType } from '../lib/db/schema';
import { formatDateTime } from '../lib/i18n/format';
import { errorText, request, requestOnceKeyed } from '../lib/messaging/client';
import { useI18n } from './i18n-context';

const ONE_CLICK_TYPES: InteractionType[] = ['email', 'call', 'meeting', 'note'];
const UNDO_WINDOW_MS = 10_000;

type Notice =
  | { kind: 'logged'; interaction: Interaction }
  | { kind: 'duplicate'; type: InteractionType; existing: Interaction }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

/** One click logs a contact with the page's subject, thread and URL; the background adds those itself. */
interface LogBarProps {
  customerId: string;
  tabId?: number;
  /** The contact is committed: the card can show it before its live query runs again. */
  onLogged?: (interaction: Interaction) => void;
  onUndone?: (interactionId: string) => void;
}

export function LogBar({ customerId, tabId, onLogged, onUndone }: LogBarProps) {
  const { t, locale } = useI18n();
  const [summary, setSummary] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  // A log whose answer never came may still have been written: clicking again sends it with the same id.
  const unanswered = useRef<{ customerId: string; type: InteractionType; summary: string; logId: string }>();

  const log = async (type: InteractionType, force = false) => {
    setBusy(true);
    const earlier = unanswered.current;
    const logId =
      earlier && earlier.customerId === customerId && earlier.type === type && earlier.summary === summary
        ? earlier.logId
        : crypto.randomUUID();
    unanswered.current = { customerId, type, summary, logId };
    try {
      const result = await requestOnceKeyed({ type: 'interaction/log', customerId, interactionType: type, summary, force, logId, tabId });
      unanswered.current = undefined;
      if (result.status === 'duplicate') {
        setNotice({ kind: 'duplicate', type, existing: result.existing });
      } else {
        setSummary('');
        onLogged?.(result.interaction);
        setNotice({ kind: 'logged', interaction: result.interaction });
        const loggedId = result.interaction.id;
        setTimeout(() => setNotice((current) => (current?.kind === 'logged' && current.interaction.id === loggedId ? undefined : current)), UNDO_WINDOW_MS);
      }
    } catch (error) {
      setNotice({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (interactionId: string) => {
    await request({ type: 'interaction/undo', interactionId });
    onUndone?.(interactionId);
    setNotice({ kind: 'undone' });
  };

  return (
    <section class="section log" aria-labelledby="log-heading">
      <h3 id="log-heading">{t('log.heading')}</h3>
      <label class="field">
        <span>{t('log.summaryLabel')}</span>
        <input value={summary} onInput={(event) => setSummary(event.currentTarget.value)} maxLength={5000} />
      </label>
      <div class="buttons">
        {ONE_CLICK_TYPES.map((type) => (
          <button type="button" key={type} disabled={busy} data-log={type} onClick={() => void log(type)}>
            {t('log.button', { type: t(`interaction.${type}`) })}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" class="notice">
        {notice?.kind === 'logged' && (
          <>
            {t('log.logged', { type: t(`interaction.${notice.interaction.type}`) })}{' '}
            <button type="button" class="link" onClick={() => void undo(notice.interaction.id)}>
              {t('log.undo')}
            </button>
          </>
        )}
        {notice?.kind === 'duplicate' && (
          <>
            {t('log.duplicate', {
              type: t(`interaction.${notice.type}`),
              time: formatDateTime(locale, notice.existing.at),
            })}{' '}
            <button type="button" onClick={() => void log(notice.type, true)}>
              {t('log.logAgain')}
            </button>{' '}
            <button type="button" class="link" onClick={() => setNotice(undefined)}>
              {t('log.cancel')}
            </button>
          </>
        )}
        {notice?.kind === 'undone' && t('log.undone')}
        {notice?.kind === 'error' && t('error.generic', { message: notice.message })}
      </div>
    </section>
  );
}
