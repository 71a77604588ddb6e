import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { AGENDA_GROUPS, filterAgenda, groupAgenda, NO_FILTER, type AgendaFilter, type AgendaItem } from '../../lib/care/agenda';
import { resolveLocale, formatDate } from '../../lib/i18n';
import { errorText, request } from '../../lib/messaging/client';
import { i18nFor } from '../i18n-all';
import { I18nProvider } from '../i18n-context';
import { AgendaFilters } from './AgendaFilters';
import { AgendaGroupList } from './AgendaGroupList';
import { ErrorAlert } from '../ErrorAlert';

const AHEAD_DAYS = 7;
const REFRESH_MS = 60_000;

/** Due and overdue care actions across all customers, grouped by urgency and filterable. */
export function TodayApp() {
  const [language, setLanguage] = useState<'auto' | 'en' | 'zh-CN'>('auto');
  const [agenda, setAgenda] = useState<{ now: number; items: AgendaItem[] }>();
  const [ahead, setAhead] = useState(false);
  const [filter, setFilter] = useState<AgendaFilter>(NO_FILTER);
  const [error, setError] = useState('');
  const locale = resolveLocale(language, navigator.language);
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const { t } = i18n;

  const load = useCallback(async () => {
    try {
      setAgenda(await request({ type: 'care/agenda', aheadDays: ahead ? AHEAD_DAYS : 0 }));
      setError('');
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [ahead]);

  useEffect(() => {
    void request({ type: 'settings/get' }).then((settings) => setLanguage(settings.language));
  }, []);
  useEffect(() => {
    void load();
    // Actions done in a sidebar meanwhile: catch up when the user comes back, and now and then.
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    const timer = setInterval(onFocus, REFRESH_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      clearInterval(timer);
    };
  }, [load]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('today.title');
  }, [locale, t]);

  const shown = agenda ? filterAgenda(agenda.items, filter) : [];
  const groups = agenda ? groupAgenda(shown, agenda.now) : undefined;
  return (
    <I18nProvider value={i18n}>
      <main class="options today">
        <h1>
          {t('today.title')} <span class="muted">{formatDate(locale, agenda?.now ?? Date.now())}</span>
        </h1>
        <AgendaFilters
          items={agenda?.items ?? []}
          filter={filter}
          onFilter={setFilter}
          ahead={ahead}
          onAhead={setAhead}
        />
        <ErrorAlert message={error} />
        <p role="status" aria-live="polite" class="muted" data-testid="today-count">
          {!agenda
            ? t('today.loading')
            : agenda.items.length === 0
              ? t('today.empty')
              : shown.length === 0
                ? t('today.emptyFiltered')
                : t('today.count', { shown: shown.length, total: agenda.items.length })}
        </p>
        {groups &&
          AGENDA_GROUPS.map((group) => (
            <AgendaGroupList key={group} group={group} items={groups[group]} now={agenda!.now} onChanged={() => void load()} />
          ))}
      </main>
    </I18nProvider>
  );
}
