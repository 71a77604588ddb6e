import { browser } from 'wxt/browser';
import { CARE_REGIONS, CARE_RULE_IDS, type CareSettings } from '../../lib/care/settings';
import { TIERS } from '../../lib/db/schema';
import type { MessageId } from '../../lib/i18n';
import { useI18n } from '../i18n-context';

const DAY_FIELDS = ['dateLeadDays', 'holidayLeadDays', 'complaintResponseDays', 'followUpAfterPurchaseDays', 'surveyMaxAgeDays'] as const;

/** Which care suggestions to make and when, and the daily reminder. Each change is saved at once. */
export function CareSettingsForm({ value, onSave }: { value: CareSettings; onSave(next: CareSettings): void }) {
  const { t } = useI18n();
  const toggleRule = (rule: (typeof CARE_RULE_IDS)[number], on: boolean) =>
    onSave({ ...value, disabled: on ? value.disabled.filter((id) => id !== rule) : [...value.disabled, rule] });
  return (
    <section class="section" aria-labelledby="care-settings-heading" data-testid="care-settings">
      <h2 id="care-settings-heading">{t('options.care')}</h2>
      <p class="muted">{t('options.care.explain')}</p>
      <p>
        <a href={browser.runtime.getURL('/today.html')} target="_blank" rel="noopener">
          {t('options.care.openToday')}
        </a>
      </p>
      <fieldset>
        <legend>{t('options.care.rules')}</legend>
        {CARE_RULE_IDS.map((rule) => (
          <label class="check row" key={rule}>
            <input type="checkbox" name={`rule-${rule}`} checked={!value.disabled.includes(rule)} onChange={(event) => toggleRule(rule, event.currentTarget.checked)} />
            <span>{t(`options.care.rule.${rule}` as MessageId)}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('options.care.region')}</span>
        <select value={value.region} onChange={(event) => onSave({ ...value, region: event.currentTarget.value as CareSettings['region'] })}>
          {CARE_REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`options.care.region.${region}` as MessageId)}
            </option>
          ))}
        </select>
      </label>
      {TIERS.map((tier) => (
        <label class="field" key={tier}>
          <span>{t('options.care.rhythm', { tier })}</span>
          <input
            type="number"
            name={`rhythm-${tier}`}
            min={1}
            max={3650}
            value={value.rhythmDays[tier]}
            onChange={(event) => onSave({ ...value, rhythmDays: { ...value.rhythmDays, [tier]: event.currentTarget.valueAsNumber } })}
          />
        </label>
      ))}
      {DAY_FIELDS.map((key) => (
        <label class="field" key={key}>
          <span>{t(`options.care.${key}` as MessageId)}</span>
          <input type="number" name={key} min={0} value={value[key]} onChange={(event) => onSave({ ...value, [key]: event.currentTarget.valueAsNumber })} />
        </label>
      ))}
      <label class="check row">
        <input
          type="checkbox"
          name="notify"
          checked={value.notify.enabled}
          onChange={(event) => onSave({ ...value, notify: { ...value.notify, enabled: event.currentTarget.checked } })}
        />
        <span>{t('options.care.notify')}</span>
      </label>
      <label class="field">
        <span>{t('options.care.notifyTime')}</span>
        <input
          type="time"
          name="notify-time"
          value={value.notify.time}
          disabled={!value.notify.enabled}
          onChange={(event) => onSave({ ...value, notify: { ...value.notify, time: event.currentTarget.value } })}
        />
      </label>
    </section>
  );
}
