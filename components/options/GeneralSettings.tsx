import type { EditableSetting } from '../../lib/db/repository';
import type { Settings } from '../../lib/db/schema';
import { useI18n } from '../i18n-context';

/** Language, the duplicate-log window, the user's own addresses and the phone region. Each change is saved at once. */
export function GeneralSettings({ value, onSave }: { value: Settings; onSave(patch: Partial<Pick<Settings, EditableSetting>>): void }) {
  const { t } = useI18n();
  return (
    <section class="section" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options.general')}</h2>
      <label class="field">
        <span>{t('options.language')}</span>
        <select
          value={value.language}
          onChange={(event) => onSave({ language: event.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <label class="field">
        <span>{t('options.duplicateWindow')}</span>
        <input
          type="number"
          min={0}
          max={1440}
          value={value.duplicateLogWindowMinutes}
          onChange={(event) => onSave({ duplicateLogWindowMinutes: Number(event.currentTarget.value) })}
        />
      </label>
      <label class="field">
        <span>{t('options.ownAddresses')}</span>
        <textarea
          rows={3}
          value={value.ownAddresses.join('\n')}
          onChange={(event) =>
            onSave({ ownAddresses: event.currentTarget.value.split(/[\s,;]+/).filter(Boolean) })
          }
        />
      </label>
      <label class="field">
        <span>{t('options.phoneRegion')}</span>
        <input
          value={value.phoneRegion}
          maxLength={2}
          onChange={(event) => onSave({ phoneRegion: event.currentTarget.value.trim().toUpperCase() })}
        />
      </label>
    </section>
  );
}
