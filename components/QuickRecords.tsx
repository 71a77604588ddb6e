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

  const submit = async (event: Event, send: () => Promise<unknown>, done: string) => {
    event.preventDefault();
    setError('');
    try {
      await send();
      setStatus(done);
      setOpen(undefined);
    } catch (failure) {
      setError(t('error.generic', { message: errorText(failure) }));
    }
  };

  const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

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
          onSubmit={(event) =>
            void submit(
              event,
              () =>
                request({
                  type: 'purchase/log',
                  customerId,
                  amount: Number(field(event.currentTarget, 'amount')),
                  currency: field(event.currentTarget, 'currency').trim().toUpperCase(),
                  product: field(event.currentTarget, 'product'),
                }),
              t('log.purchaseLogged'),
            )
          }
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
          onSubmit={(event) =>
            void submit(
              event,
              () =>
                request({
                  type: 'survey/log',
                  customerId,
                  recommend: Number(field(event.currentTarget, 'recommend')),
                  repurchase: Number(field(event.currentTarget, 'repurchase')),
                }),
              t('log.surveyLogged'),
            )
          }
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
          onSubmit={(event) =>
            void submit(
              event,
              () =>
                requestOnceKeyed({
                  type: 'interaction/log',
                  customerId,
                  logId: crypto.randomUUID(),
                  interactionType: 'promise',
                  summary: field(event.currentTarget, 'promise'),
                  dueDate: field(event.currentTarget, 'due'),
                  tabId,
                }),
              t('log.logged', { type: t('interaction.promise') }),
            )
          }
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
