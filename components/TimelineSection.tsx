import type { Interaction } from '../lib/db/schema';
import { formatDateTime } from '../lib/i18n/format';
import { useI18n } from './i18n-context';
import { Section } from './Section';

export function TimelineSection({ interactions }: { interactions: Interaction[] }) {
  const { t, locale } = useI18n();
  return (
    <Section id="timeline" title={t('card.timeline')}>
      {interactions.length === 0 ? (
        <p class="muted">{t('card.noTimeline')}</p>
      ) : (
        <ol class="plain timeline" data-testid="timeline">
          {interactions.map((item) => (
            <li key={item.id} data-interaction-id={item.id}>
              <span class={`badge type-${item.type}`}>{t(`interaction.${item.type}`)}</span>{' '}
              <time dateTime={new Date(item.at).toISOString()}>{formatDateTime(locale, item.at)}</time>
              {item.subject && <div class="subject">{item.subject}</div>}
              {item.summary && <div>{item.summary}</div>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
