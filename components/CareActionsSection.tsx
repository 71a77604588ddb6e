import type { CareAction } from '../lib/db/schema';
import { CareActionItem } from './CareActionItem';
import { useI18n } from './i18n-context';
import { Section } from './Section';

export function CareActionsSection({ actions }: { actions: CareAction[] }) {
  const { t } = useI18n();
  return (
    <Section id="care" title={t('card.careActions')}>
      {actions.length === 0 ? (
        <p class="muted">{t('card.noCareActions')}</p>
      ) : (
        <ul class="plain care">
          {actions.map((action) => (
            <CareActionItem key={action.id} action={action} />
          ))}
        </ul>
      )}
    </Section>
  );
}
