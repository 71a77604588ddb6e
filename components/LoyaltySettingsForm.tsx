import type { LoyaltySettings } from '../lib/loyalty/settings';
import type { MessageId } from '../lib/i18n';
import { useI18n } from './i18n-context';

const FIELDS: { key: keyof LoyaltySettings; step: number }[] = [
  { key: 'recommendWeight', step: 0.05 },
  { key: 'repurchaseWeight', step: 0.05 },
  { key: 'attitudeFactor', step: 0.05 },
  { key: 'surveyScale', step: 1 },
  { key: 'behaviouralHighPercent', step: 1 },
  { key: 'attitudinalHighScore', step: 0.5 },
  { key: 'clvHorizonWeeks', step: 1 },
  { key: 'annualDiscountRate', step: 0.01 },
];

/** The company's own loyalty weights and thresholds; a change rescores every customer. */
export function LoyaltySettingsForm({ value, onSave }: { value: LoyaltySettings; onSave(next: LoyaltySettings): void }) {
  const { t } = useI18n();
  return (
    <section class="section" aria-labelledby="loyalty-settings-heading">
      <h2 id="loyalty-settings-heading">{t('options.loyalty')}</h2>
      <p class="muted">{t('options.loyalty.explain')}</p>
      {FIELDS.map(({ key, step }) => (
        <label class="field" key={key}>
          <span>{t(`options.loyalty.${key}` as MessageId)}</span>
          <input
            type="number"
            step={step}
            value={value[key]}
            onChange={(event) => onSave({ ...value, [key]: Number(event.currentTarget.value) })}
          />
        </label>
      ))}
    </section>
  );
}
