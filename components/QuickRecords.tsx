import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { errorText, request, requestOnceKeyed } from '../lib/messaging/client';
import { useI18n } from './i18n-context';

const KINDS = ['purchase', 'survey', 'promise'] as const;
type Open = (typeof KINDS)[number] | undefined;
const BUTTON_LABEL = { purchase: 'log.purchase', survey: 'log.survey', promise: 'log.promise' } as const;

/** A purchase with its amount, a survey answer or a promise we made, recorded from the card in a few keystrokes. */
export function QuickRecords({
  customerId,
  customerName,
  currency = 'CNY',
  tabId,
}: {
  customerId: string;
  customerName: string;
  currency?: string;
  /** The tab the card is for, when shown in the side panel (the frame's tab is known from its sender). */
  tabId?: number;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const save = async (send: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await send();
      setStatus(done);
      setOpen(undefined);
    } catch (failure) {
      setError(t('error.generic', { message: errorText(failure) }));
    }
  };
  /** A form's submit handler: sends what `send` makes of the form's fields, then says `done` and closes the form. */
  const submitWith = (send: (value: (name: string) => string) => Promise<unknown>, done: string) => (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void save(() => send((name) => (form.elements.namedItem(name) as HTMLInputElement).value), done);
  };

  return (
    <div class="quick-records">
      <div class="buttons">
        {KINDS.map((kind) => (
          <button
            type="button"
            key={kind}
            class="secondary"
            aria-expanded={open === kind}
            onClick={() => setOpen(open === kind ? undefined : kind)}
          >
            {t(BUTTON_LABEL[kind])}
          </button>
        ))}
      </div>
      {open === 'purchase' && (
        <form
          onSubmit={submitWith(
            (value) =>
              request({
                type: 'purchase/log',
                customerId,
                amount: Number(value('amount')),
                currency: value('currency').trim().toUpperCase(),
                product: value('product'),
              }),
            t('log.purchaseLogged'),
          )}
        >
          <label class="field">
            <span>{t('log.amount')}</span>
            <input name="amount" type="number" min="0.01" step="0.01" required />
          </label>
          <label class="field">
            <span>{t('log.currency')}</span>
            <input name="currency" defaultValue={currency} pattern="[A-Za-z]{3}" maxLength={3} required />
          </label>
          <label class="field">
            <span>{t('log.product')}</span>
            <input name="product" maxLength={500} />
          </label>
          <button type="submit">{t('log.savePurchase')}</button>
        </form>
      )}
      {open === 'survey' && (
        <form
          onSubmit={submitWith(
            (value) => request({ type: 'survey/log', customerId, recommend: Number(value('recommend')), repurchase: Number(value('repurchase')) }),
            t('log.surveyLogged'),
          )}
        >
          <label class="field">
            <span>{t('log.recommend')}</span>
            <input name="recommend" type="number" min="1" max="5" step="1" required />
          </label>
          <label class="field">
            <span>{t('log.repurchase')}</span>
            <input name="repurchase" type="number" min="1" max="5" step="1" required />
          </label>
          <button type="submit">{t('log.saveSurvey')}</button>
        </form>
      )}
      {open === 'promise' && (
        <form
          aria-label={t('log.promiseLabel', { name: customerName })}
          onSubmit={submitWith(
            (value) =>
              requestOnceKeyed({
                type: 'interaction/log',
                customerId,
                logId: crypto.randomUUID(),
                interactionType: 'promise',
                summary: value('promise'),
                dueDate: value('due'),
                tabId,
              }),
            t('log.logged', { type: t('interaction.promise') }),
          )}
        >
          <label class="field">
            <span>{t('log.promiseWhat')}</span>
            <input name="promise" maxLength={5000} required />
          </label>
          <label class="field">
            <span>{t('log.promiseDate')}</span>
            <input name="due" type="date" required />
          </label>
          <button type="submit">{t('log.promiseSave')}</button>
        </form>
      )}
      <p role="status" aria-live="polite" class="notice">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
