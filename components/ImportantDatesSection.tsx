import type { ImportantDate } from '../lib/db/schema';
import { formatDate, formatMonthDay } from '../lib/i18n/format';
import { useI18n } from './i18n-context';
import { Section } from './Section';

/** Lunar dates are shown as kept; their Gregorian date for this year comes with the care engine's calendar. */
function DateText({ date }: { date: ImportantDate }) {
  const { t, locale } = useI18n();
  if (date.calendar === 'lunar') return <>{t('card.lunar', { month: date.month, day: date.day })}</>;
  return <>{formatMonthDay(locale, date.month, date.day)}</>;
}

export function ImportantDatesSection({ dates, next }: { dates: ImportantDate[]; next: (string | null)[] }) {
  const { t, locale } = useI18n();
  if (dates.length === 0) return null;
  return (
    <Section id="dates" title={t('card.importantDates')}>
      <ul class="plain">
        {dates.map((date, index) => (
          <li key={index}>
            <strong>{date.label ?? t(`date.${date.kind}`)}</strong> · <DateText date={date} />
            {date.year !== undefined && ` ${date.year}`}
            {next[index] && (
              <span class="muted" data-testid="next-date">
                {' '}
                · {t('card.nextDate', { date: formatDate(locale, Date.parse(`${next[index]}T00:00:00`)) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
