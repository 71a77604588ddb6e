import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageId } from '../../lib/i18n';
import { errorText } from '../../lib/messaging/client';
import {
  customSiteInputSchema,
  customSiteIssue,
  grantedCustomSites,
  type CustomSite,
  type CustomSiteIssue,
} from '../../lib/sites/custom-sites';
import { useI18n } from '../i18n-context';

type Status = { id: MessageId; params: Record<string, string>; error?: boolean };

const siteLabel = (site: CustomSite) => (site.wildcard ? `*.${site.host}` : site.host);

/**
 * "Your own CRM sites": the user names a web CRM that is not built in, and the browser asks them to
 * grant that one origin (an optional host permission); the list shows what is granted, whether here
 * or in the browser's own site settings, and takes it back. The background registers the reader there.
 */
export function CustomSitesSection() {
  const { t } = useI18n();
  const [sites, setSites] = useState<CustomSite[]>([]);
  const [text, setText] = useState('');
  const [issue, setIssue] = useState<CustomSiteIssue>();
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    const reload = () => void browser.permissions.getAll().then(({ origins = [] }) => setSites(grantedCustomSites(origins)));
    reload();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, []);

  const failed = (error: unknown) => setStatus({ id: 'sites.failed', params: { message: errorText(error) }, error: true });

  const allow = (event: Event) => {
    event.preventDefault();
    const parsed = customSiteInputSchema.safeParse(text);
    if (!parsed.success) {
      setIssue(customSiteIssue(parsed.error));
      setStatus(undefined);
      return;
    }
    setIssue(undefined);
    const site = parsed.data;
    // The browser asks only inside the user's click or Enter: nothing may be awaited before this call.
    browser.permissions.request({ origins: [site.pattern] }).then((granted) => {
      if (!granted) return setStatus({ id: 'sites.refused', params: { site: siteLabel(site) }, error: true });
      setText('');
      setStatus({ id: 'sites.added', params: { site: siteLabel(site) } });
    }, failed);
  };

  const remove = (site: CustomSite) => {
    browser.permissions.remove({ origins: [site.pattern] }).then((removed) => {
      if (removed) setStatus({ id: 'sites.removed', params: { site: siteLabel(site) } });
      else failed(new Error(site.pattern));
    }, failed);
  };

  return (
    <section class="section" aria-labelledby="custom-sites-heading" data-section="custom-sites">
      <h2 id="custom-sites-heading">{t('sites.title')}</h2>
      <p class="muted">{t('sites.explain')}</p>
      <form class="custom-site-form" onSubmit={allow} noValidate>
        <label class="field">
          <span>{t('sites.address')}</span>
          <input
            name="custom-site"
            value={text}
            placeholder={t('sites.placeholder')}
            autocomplete="url"
            spellcheck={false}
            aria-invalid={issue ? 'true' : undefined}
            aria-describedby={issue ? 'custom-site-error' : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        {issue && (
          <p id="custom-site-error" class="error field-error" data-field-error="custom-site">
            {t(`sites.issue.${issue}`)}
          </p>
        )}
        <button type="submit">{t('sites.allow')}</button>
      </form>
      <h3>{t('sites.list')}</h3>
      {sites.length === 0 ? (
        <p class="muted" data-testid="custom-sites-empty">{t('sites.none')}</p>
      ) : (
        <ul class="custom-sites" data-testid="custom-sites">
          {sites.map((site) => (
            <li key={site.pattern} data-site={site.pattern}>
              <span>{siteLabel(site)}</span>{' '}
              <button type="button" class="secondary" aria-label={t('sites.removeLabel', { site: siteLabel(site) })} onClick={() => remove(site)}>
                {t('sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" data-testid="custom-sites-status" class={status?.error ? 'error' : 'muted'}>
        {status && t(status.id, status.params)}
      </p>
    </section>
  );
}
