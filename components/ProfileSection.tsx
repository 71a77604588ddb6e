import type { CustomerCard } from '../lib/messaging/protocol';
import { formatDate, formatMoney } from '../lib/i18n';
import { useI18n } from './i18n-context';
import { Section } from './Section';

export function ProfileSection({ card }: { card: CustomerCard }) {
  const { t, locale } = useI18n();
  const { company } = card.customer;
  const rows: [string, string | undefined][] = [
    [t('card.company'), company.name],
    [t('card.businessType'), company.businessType && t(`business.${company.businessType}`)],
    [t('card.location'), company.location],
    [t('card.size'), company.size],
    [t('card.channel'), company.channel],
    [t('card.valueToUs'), company.valueToUs === undefined ? undefined : formatMoney(locale, company.valueToUs)],
  ];
  const { purchases } = card;
  return (
    <Section id="profile" title={t('card.profile')}>
      <dl class="facts">
        {rows
          .filter((row): row is [string, string] => !!row[1])
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p class="muted" data-testid="purchase-summary">
        {purchases.count === 0
          ? t('card.noPurchases')
          : t('card.purchases', { count: purchases.count, total: formatMoney(locale, purchases.total, purchases.currency) })}
        {purchases.lastAt !== undefined && ` · ${t('card.lastPurchase', { date: formatDate(locale, purchases.lastAt) })}`}
      </p>
    </Section>
  );
}
