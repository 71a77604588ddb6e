import type { CareAction } from '../lib/db/schema';
import { formatDate } from '../lib/i18n';
import { useI18n } from './i18n-context';
import { Section } from './Section';

export function CareActionsSection({ actions, now = Date.now() }: { actions: CareAction[]; now?: number }) {
  const { t, locale } = useI18n();
  return (
    <Section id="care" title={t('card.careActions')}>
      {actions.length === 0 ? (
        <p class="muted">{t('card.noCareActions')}</p>
      ) : (
        <ul class="plain care">
          {actions.map((action) => (
            <li key={action.id} class={action.due < now ? 'overdue' : undefined}>
              <strong>{t(`care.${action.kind}`)}</strong>{' '}
              <span class="muted">{t('card.due', { date: formatDate(locale, action.due) })}</span>
              <div>{action.reason}</div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
