import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translatorOf } from '../lib/i18n/format';
import { resolveLocale } from '../lib/i18n/locale';
import { loadedSidebarCatalog, loadSidebarCatalog } from '../lib/i18n/sidebar-catalogs';
import { request } from '../lib/messaging/client';
import type { SidebarView } from '../lib/messaging/protocol';
import { connectSidebar, type SidebarConnection } from '../lib/sidebar/connection';
import type { EarlyPort } from '../lib/sidebar/early-port';
import { themeHintOf } from '../lib/sidebar/theme-hint';
import { watchVisibility } from '../lib/sidebar/visibility';
import { CustomerCardView } from './CustomerCardView';
import { I18nProvider } from './i18n-context';
import { PeoplePicker } from './PeoplePicker';
import { UnknownPerson } from './UnknownPerson';
import { timingMark } from '../lib/timing-mark';


/** The sidebar, either in its frame beside a supported page or in the browser's side panel. */
export function SidebarApp({ surface = 'frame', early }: { surface?: 'frame' | 'panel'; early?: EarlyPort }) {
  const [view, setView] = useState<SidebarView | undefined>();
  const connection = useRef<SidebarConnection>();
  const root = useRef<HTMLDivElement>(null);
  // In a host page's frame, nothing acts until the browser confirms the frame is seen as painted
  // (lib/sidebar/visibility.ts); the side panel is the browser's own UI, which no page can cover.
  // The warning shows only once the browser has said the frame is covered, not while it has not yet said.
  const [visibility, setVisibility] = useState<'unknown' | 'visible' | 'obscured'>(surface === 'panel' ? 'visible' : 'unknown');
  const visible = visibility === 'visible';

  useEffect(() => {
    // A view in a language whose text is not loaded yet waits for it (a few ms, once), so the card
    // never shows in the wrong language; views stay in order.
    let waiting = 0;
    let queue = Promise.resolve();
    const show = (next: SidebarView) => {
      if (waiting === 0 && loadedSidebarCatalog(next.locale)) return setView(next);
      waiting += 1;
      queue = queue
        .then(() => loadSidebarCatalog(next.locale))
        .catch(() => undefined)
        .then(() => {
          waiting -= 1;
          setView(next);
        });
    };
    connection.current = connectSidebar(show, surface, early);
    return () => connection.current?.close();
  }, []);

  useEffect(
    () => (surface === 'frame' && root.current ? watchVisibility(root.current, window, (seen) => setVisibility(seen ? 'visible' : 'obscured')) : undefined),
    [],
  );

  const locale = view?.locale ?? resolveLocale('auto', navigator.language);
  // The catalog of the browser's language is loaded before the first render (see renderSidebar).
  const i18n = useMemo(() => ({ locale, t: translatorOf(loadedSidebarCatalog(locale) ?? {}) }), [locale]);
  const { t } = i18n;

  useLayoutEffect(() => void (view && timingMark('view:rendered')), [view]);

  // Before paint, so that the card never flashes in the wrong theme or language.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    // Until the first view, the host's theme as the frame's URL told it (lib/sidebar/theme-hint.ts).
    document.documentElement.dataset.theme = view?.theme ?? themeHintOf(location.hash) ?? 'light';
    document.title = t('app.name');
  }, [locale, view?.theme, t]);

  const selected = view?.people.find((person) => person.key === view.selectedKey);

  return (
    <I18nProvider value={i18n}>
      <div class="sidebar" ref={root} data-ready={view ? 'true' : 'false'} data-obscured={visible ? undefined : 'true'}>
        <header class="topbar">
          <h1>{t('app.name')}</h1>
          <a class="today-link" href={browser.runtime.getURL('/today.html')} target="_blank" rel="noopener">
            {t('today.open')}
          </a>
          {/* The browser closes its side panel itself; only the in-page frame collapses. */}
          {surface === 'frame' && (
            <button
              type="button"
              class="icon"
              aria-label={t('sidebar.collapse')}
              title={t('sidebar.collapse')}
              onClick={() => void request({ type: 'sidebar/set-state', state: 'collapsed' })}
            >
              ›
            </button>
          )}
        </header>
        {view && visibility === 'obscured' && (
          <p class="obscured" role="status" data-testid="obscured">
            {t('security.obscured')}
          </p>
        )}
        <fieldset class="guard" disabled={!visible}>
          <main>
            {!view && <p class="muted">{t('sidebar.connecting')}</p>}
            {view && (
              <PeoplePicker
                people={view.people}
                selectedKey={view.selectedKey}
                onSelect={(key) => connection.current?.select(key)}
              />
            )}
            {/* Not keyed by customer: a new customer's card patches the last one in place (the chart's bars, the
                sections), and the parts that hold what the user typed or opened reset themselves (CustomerCardView). */}
            {view?.card && <CustomerCardView card={view.card} person={selected} tabId={view.tabId} />}

            {view && !view.card && selected && <UnknownPerson key={selected.key} person={selected} />}
            {view && !view.card && !selected && (
              <p class="muted" data-testid="empty-state">
                {view.page ? t('sidebar.noPeople') : t('sidebar.noPage')}
              </p>
            )}
          </main>
        </fieldset>
      </div>
    </I18nProvider>
  );
}

/** Renders the sidebar; components/sidebar-start.ts has loaded the text of the browser's language (the language until the first view). */
export function renderSidebar(surface: 'frame' | 'panel', into: HTMLElement, early?: EarlyPort) {
  // The shell the first script painted (./sidebar-shell.ts) goes in the same task, before any frame.
  into.replaceChildren();
  render(<SidebarApp surface={surface} early={early} />, into);
}
