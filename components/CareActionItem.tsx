import { useState } from 'preact/hooks';
import type { CareAction } from '../lib/db/schema';
import { formatDate } from '../lib/i18n/format';
import { errorText, request } from '../lib/messaging/client';
import { useI18n } from './i18n-context';

const DAY_MS = 86_400_000;

function startOfDayAfter(now: number, days: number): number {
  const date = new Date(now + days * DAY_MS);
  date.setHours(9, 0, 0, 0);
  return date.getTime();
}

interface Props {
  action: CareAction;
  now?: number;
  /** After done, snooze or dismiss, for lists that do not follow the database live (the Today page). */
  onChanged?(): void;
}

/** One suggestion: done (logs the contact), snooze, or dismiss with an optional reason. */
export function CareActionItem({ action, now = Date.now(), onChanged }: Props) {
  const { t, locale } = useI18n();
  const [panel, setPanel] = useState<'snooze' | 'dismiss' | undefined>();
  const [error, setError] = useState('');
  const label = t(`care.${action.kind}`);
  const run = async (send: () => Promise<unknown>) => {
    setError('');
    try {
      await send();
      onChanged?.();
    } catch (failure) {
      setError(t('error.generic', { message: errorText(failure) }));
    }
  };
  const snooze = (until: number) => run(() => request({ type: 'care/snooze', actionId: action.id, until }));

  return (
    <li class={action.due < now ? "overdue" : undefined} data-care-kind={action.kind} data-care-id={action.id}>
      <strong>{label}</strong>{' '}
      <span class="muted">{t('card.due', { date: formatDate(locale, action.due) })}</span>
      <div>{action.reason}</div>
      <div class="buttons">
        <button type="button" aria-label={t('care.doneLabel', { action: label })} onClick={() => void run(() => request({ type: 'care/done', actionId: action.id }))}>
          {t('care.done')}
        </button>
        <button type="button" class="secondary" aria-expanded={panel === 'snooze'} aria-label={t('care.snoozeLabel', { action: label })} onClick={() => setPanel(panel === 'snooze' ? undefined : 'snooze')}>
          {t('care.snooze')}
        </button>
        <button type="button" class="secondary" aria-expanded={panel === 'dismiss'} aria-label={t('care.dismissLabel', { action: label })} onClick={() => setPanel(panel === 'dismiss' ? undefined : 'dismiss')}>
          {t('care.dismiss')}
        </button>
      </div>
      {panel === 'snooze' && (
        <form
          class="buttons"
          onSubmit={(event) => {
            event.preventDefault();
            const value = (event.currentTarget.elements.namedItem('until') as HTMLInputElement).valueAsNumber;
            if (Number.isFinite(value)) void snooze(value + new Date(value).getTimezoneOffset() * 60_000 + 9 * 3_600_000);
          }}
        >
          <button type="button" class="secondary" onClick={() => void snooze(startOfDayAfter(now, 1))}>
            {t('care.snoozeTomorrow')}
          </button>
          <button type="button" class="secondary" onClick={() => void snooze(startOfDayAfter(now, 7))}>
            {t('care.snoozeNextWeek')}
          </button>
          <label class="field">
            <span>{t('care.snoozeDate')}</span>
            <input name="until" type="date" required />
          </label>
          <button type="submit" class="secondary">{t('care.snoozeSave')}</button>
        </form>
      )}
      {panel === 'dismiss' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const because = (event.currentTarget.elements.namedItem('because') as HTMLInputElement).value;
            void run(() => request({ type: 'care/dismiss', actionId: action.id, because }));
          }}
        >
          <label class="field">
            <span>{t('care.dismissReason')}</span>
            <input name="because" maxLength={500} />
          </label>
          <button type="submit">{t('care.dismissConfirm')}</button>
        </form>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </li>
  );
}
