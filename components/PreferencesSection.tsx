import type { Customer } from '../lib/db/schema';
import { useI18n } from './i18n-context';
import { Section } from './Section';

export function PreferencesSection({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  const { likes, dislikes, contact } = customer.preferences;
  if (likes.length === 0 && dislikes.length === 0 && !contact && customer.family.length === 0) return null;
  return (
    <Section id="preferences" title={t('card.preferences')}>
      <dl class="facts">
        {likes.length > 0 && (
          <div>
            <dt>{t('card.likes')}</dt>
            <dd>{likes.join(' · ')}</dd>
          </div>
        )}
        {dislikes.length > 0 && (
          <div>
            <dt>{t('card.dislikes')}</dt>
            <dd>{dislikes.join(' · ')}</dd>
          </div>
        )}
        {contact && (
          <div>
            <dt>{t('card.contactPreference')}</dt>
            <dd>{contact}</dd>
          </div>
        )}
        {customer.family.length > 0 && (
          <div>
            <dt>{t('card.family')}</dt>
            <dd>
              {customer.family.map((member) => (
                <span class="family" key={member.name}>
                  {member.name} ({member.relation}){member.notes ? `: ${member.notes}` : ''}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </Section>
  );
}
