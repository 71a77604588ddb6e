import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EditableSetting } from '../lib/db/repository';
import type { Settings } from '../lib/db/schema';
import { resolveLocale, type MessageId } from '../lib/i18n';
import { errorText, request } from '../lib/messaging/client';
import { I18nProvider, i18nFor } from './i18n-context';
import { LoyaltySettingsForm } from './LoyaltySettingsForm';
import { CareSettingsForm } from './options/CareSettingsForm';
import { BackupSection } from './options/BackupSection';
import { ExportSection } from './options/ExportSection';
import { ImportSection } from './options/ImportSection';
import { CustomersArea } from './options/CustomersArea';

/**
 * Settings, data in and out, and demo data. Settings and demo data go through the background, which owns
 * the database; import (in a worker), export and backup read and write it directly and then tell the background.
 */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  // Kept as a message id, so that a status shown before a language change is shown in the new language.
  const [status, setStatus] = useState<{ id: MessageId; params?: Record<string, string | number> }>();
  const locale = resolveLocale(settings?.language ?? 'auto', navigator.language);
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const { t } = i18n;

  useEffect(() => {
    void request({ type: 'settings/get' }).then(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
  }, [locale, t]);

  const save = async (patch: Partial<Pick<Settings, EditableSetting>>) => {
    try {
      setSettings(await request({ type: 'settings/update', patch }));
      setStatus({ id: 'options.saved' });
    } catch (error) {
      setStatus({ id: 'error.generic', params: { message: errorText(error) } });
    }
  };

  const loadDemo = async () => {
    try {
      const { customers } = await request({ type: 'demo/load' });
      setStatus({ id: 'options.demoLoaded', params: { count: customers } });
    } catch (error) {
      setStatus({ id: 'error.generic', params: { message: errorText(error) } });
    }
  };

  return (
    <I18nProvider value={i18n}>
      <main class="options">
        <h1>{t('options.title')}</h1>
        {settings && (
          <section class="section">
            <label class="field">
              <span>{t('options.language')}</span>
              <select
                value={settings.language}
                onChange={(event) => void save({ language: event.currentTarget.value as Settings['language'] })}
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
                value={settings.duplicateLogWindowMinutes}
                onChange={(event) => void save({ duplicateLogWindowMinutes: Number(event.currentTarget.value) })}
              />
            </label>
            <label class="field">
              <span>{t('options.ownAddresses')}</span>
              <textarea
                rows={3}
                value={settings.ownAddresses.join('\n')}
                onChange={(event) =>
                  void save({ ownAddresses: event.currentTarget.value.split(/[\s,;]+/).filter(Boolean) })
                }
              />
            </label>
            <label class="field">
              <span>{t('options.phoneRegion')}</span>
              <input
                value={settings.phoneRegion}
                maxLength={2}
                onChange={(event) => void save({ phoneRegion: event.currentTarget.value.trim().toUpperCase() })}
              />
            </label>
          </section>
        )}
        {settings && <LoyaltySettingsForm value={settings.loyalty} onSave={(loyalty) => void save({ loyalty })} />}
        {settings && <CareSettingsForm value={settings.care} onSave={(care) => void save({ care })} />}
        <ImportSection />
        <ExportSection />
        <BackupSection />
        <CustomersArea />
        <section class="section">
          <h2>{t('options.demo')}</h2>
          <p>{t('options.demoExplain')}</p>
          <button type="button" data-action="load-demo" onClick={() => void loadDemo()}>
            {t('options.loadDemo')}
          </button>
        </section>
        <p role="status" aria-live="polite" data-testid="options-status">
          {status && t(status.id, status.params)}
        </p>
      </main>
    </I18nProvider>
  );
}
