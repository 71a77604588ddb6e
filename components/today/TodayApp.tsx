import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AGENDA_GROUPS, NO_FILTER, type AgendaFilter, type AgendaGroup } from '../../lib/care/agenda';
import { resolveLocale, formatDate } from '../../lib/i18n';
import { errorText, request } from '../../lib/messaging/client';
import type { ResponseOf } from '../../lib/messaging/protocol';
import { i18nFor } from '../i18n-all';
import { I18nProvider } from '../i18n-context';
import { AgendaFilters } from './AgendaFilters';
import { AgendaGroupList } from './AgendaGroupList';
import { ErrorAlert } from '../ErrorAlert';
import { questionDelay } from './question-delay';

const AHEAD_DAYS = 7;
const REFRESH_MS = 60_000;
/** Actions listed per group at first, and added by each "Show more": a large base has tens of thousands due. */
export const SHOWN_AT_FIRST = 50;
const FIRST_SHOWN: Record<AgendaGroup, number> = { overdue: SHOWN_AT_FIRST, today: SHOWN_AT_FIRST, upcoming: SHOWN_AT_FIRST };

/** Due and overdue care actions across all customers, grouped by urgency and filterable. */
export function TodayApp() {
  const [language, setLanguage] = useState<'auto' | 'en' | 'zh-CN'>('auto');
  const [agenda, setAgenda] = useState<ResponseOf<'care/agenda'>>();
  const [ahead, setAhead] = useState(false);
  const [filter, setFilter] = useState<AgendaFilter>(NO_FILTER);
  const [show, setShow] = useState(FIRST_SHOWN);
  const [error, setError] = useState('');
  /** A question is out: the list shown answers an earlier one. */
  const [pending, setPending] = useState(true);
  const locale = resolveLocale(language, navigator.language);
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  const { t } = i18n;

  // Only the answer to the latest question is shown, whatever order the answers come in.
  const asked = useRef(0);
  // fresh: read the agenda again (the opening, a return to the page, the periodic refresh); otherwise the
  // background filters the agenda it keeps (lib/background/agenda-cache.ts). quick (the opening): the first of each
  // group from the index at once (firstOfAgenda in lib/db/care-today.ts), then the whole agenda, which took 4.5 s
  // at 100k customers, asked for at once; the page stays busy until it is in.
  const load = useCallback(async (fresh = false, quick = false) => {
    const question = ++asked.current;
    try {
      const answer = await request({ type: 'care/agenda', aheadDays: ahead ? AHEAD_DAYS : 0, filter, show, fresh, quick });
      if (question !== asked.current) return;
      setAgenda(answer);
      setError('');
      if (answer.partial) {
        void load(true);
        return;
      }
      setPending(false);
    } catch (failure) {
      if (question !== asked.current) return;
      setError(errorText(failure));
      setPending(false);
    }
  }, [ahead, filter, show]);

  useEffect(() => {
    void request({ type: 'settings/get' }).then((settings) => setLanguage(settings.language));
  }, []);
  // The wait of the question about to be asked (questionDelay); the first one, and any after it, go at once.
  const delay = useRef(0);
  const opened = useRef(false);
  useEffect(() => {
    const fresh = !opened.current;
    opened.current = true;
    const settle = setTimeout(() => void load(fresh, fresh), delay.current);
    delay.current = 0;
    // Actions done in a sidebar meanwhile: catch up when the user comes back, and now and then.
    const onFocus = () => void load(true);
    window.addEventListener('focus', onFocus);
    const timer = setInterval(onFocus, REFRESH_MS);
    return () => {
      clearTimeout(settle);
      window.removeEventListener('focus', onFocus);
      clearInterval(timer);
    };
  }, [load]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('today.title');
  }, [locale, t]);

  // A new question starts from the top of each group again.
  const ask = (next: { filter?: AgendaFilter; ahead?: boolean }) => {
    delay.current = next.filter ? questionDelay(filter, next.filter) : 0;
    if (next.filter) setFilter(next.filter);
    if (next.ahead !== undefined) setAhead(next.ahead);
    setShow(FIRST_SHOWN);
    setPending(true);
  };
  return (
    <I18nProvider value={i18n}>
      <main class="options today" aria-busy={pending}>
        <h1>
          {t('today.title')} <span class="muted">{formatDate(locale, agenda?.now ?? Date.now())}</span>
        </h1>
        <AgendaFilters
          kinds={agenda?.kinds ?? []}
          filter={filter}
          onFilter={(next) => ask({ filter: next })}
          ahead={ahead}
          onAhead={(next) => ask({ ahead: next })}
        />
        <ErrorAlert message={error} />
        <p role="status" aria-live="polite" class="muted" data-testid="today-count">
          {!agenda
            ? t('today.loading')
            : agenda.partial
              ? t('today.counting')
              : agenda.total === 0
                ? t('today.empty')
                : agenda.matched === 0
                  ? t('today.emptyFiltered')
                  : t('today.count', { shown: agenda.matched, total: agenda.total })}
        </p>
        {agenda &&
          AGENDA_GROUPS.map((group) => (
            <AgendaGroupList
              key={group}
              group={group}
              count={agenda.groups[group].count}
              counting={!!agenda.partial}
              items={agenda.groups[group].items}
              now={agenda.now}
              onChanged={() => {
                setPending(true);
                void load();
              }}
              onMore={() => {
                setShow({ ...show, [group]: show[group] + SHOWN_AT_FIRST });
                setPending(true);
              }}
            />
          ))}
      </main>
    </I18nProvider>
  );
}
