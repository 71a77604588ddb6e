import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EditableSetting } from '../lib/db/repository';
import type { Settings } from '../lib/db/schema';
import { resolveLocale, type MessageId } from '../lib/i18n';
import { errorText, request } from '../lib/messaging/client';
import { i18nFor } from './i18n-all';
import { I18nProvider } from './i18n-context';
import { LoyaltySettingsForm } from './LoyaltySettingsForm';
import { CareSettingsForm } from './options/CareSettingsForm';
import { BackupSection } from './options/BackupSection';
import { ExportSection } from './options/ExportSection';
import { ImportSection } from './options/ImportSection';
import { CustomersArea } from './options/CustomersArea';
import { CustomSitesSection } from './options/CustomSitesSection';
import { GeneralSettings } from './options/GeneralSettings';
import { OptionsNav } from './options/OptionsNav';

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
        <OptionsNav />
        <CustomersArea />
        <ImportSection />
        <ExportSection />
        <BackupSection />
        <CustomSitesSection />
        {settings && <GeneralSettings value={settings} onSave={(patch) => void save(patch)} />}
        {settings && <LoyaltySettingsForm value={settings.loyalty} onSave={(loyalty) => void save({ loyalty })} />}
        {settings && <CareSettingsForm value={settings.care} onSave={(care) => void save({ care })} />}
        <section class="section" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('options.demo')}</h2>
          <p>{t('options.demoExplain')}</p>
          <button type="button" data-action="load-demo" onClick={() => void loadDemo()}>
            {t('options.loadDemo')}
          </button>
        </section>
        <p role="status" aria-live="polite" class="options-status" data-testid="options-status">
          {status && t(status.id, status.params)}
        </p>
      </main>
    </I18nProvider>
  );
}
