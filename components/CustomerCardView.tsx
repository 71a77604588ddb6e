import { useEffect, useRef, useState } from 'preact/hooks';
import type { Interaction } from '../lib/db/schema';
import type { CustomerCard, ViewPerson } from '../lib/messaging/protocol';
import { stillPending, timelineWith } from '../lib/sidebar/just-logged';
import { LinkToCustomer } from './LinkToCustomer';
import { CareActionsSection } from './CareActionsSection';
import { useI18n } from './i18n-context';
import { ImportantDatesSection } from './ImportantDatesSection';
import { LogBar } from './LogBar';
import { LoyaltySection } from './LoyaltySection';
import { QuickRecords } from './QuickRecords';
import { LoyaltyBadge } from './LoyaltyBadge';
import { PreferencesSection } from './PreferencesSection';
import { ProfileSection } from './ProfileSection';
import { TimelineSection } from './TimelineSection';

/**
 * One customer's card. The sidebar keeps this component when the page turns to another customer, so that only what
 * differs is patched; every part that holds state of its own (a typed note, an open editor or form, a question) is
 * keyed by the customer, so nothing typed or opened for one customer is ever shown or sent for the next.
 */
export function CustomerCardView({ card, person, tabId }: { card: CustomerCard; person?: ViewPerson; tabId?: number }) {
  const { t } = useI18n();
  const { customer, latestSurvey } = card;
  const [justLogged, setJustLogged] = useState<{ customerId: string; items: Interaction[] }>({ customerId: customer.id, items: [] });
  const pending = justLogged.customerId === customer.id ? justLogged.items : [];
  useEffect(() => {
    if (pending.length > 0) setJustLogged({ customerId: customer.id, items: stillPending(card.recentInteractions, pending) });
  }, [card.recentInteractions]);
  // The live query can deliver the contact before the log's answer does: then the card holds it already.
  const recent = useRef(card.recentInteractions);
  recent.current = card.recentInteractions;
  const onLogged = (interaction: Interaction) => {
    if (recent.current.some((item) => item.id === interaction.id)) return;
    setJustLogged({ customerId: customer.id, items: [...pending, interaction] });
  };
  const onUndone = (id: string) => setJustLogged({ customerId: customer.id, items: pending.filter((item) => item.id !== id) });
  return (
    <article class="card" aria-labelledby="customer-name" data-customer-id={customer.id}>
      <header class="card-header">
        <h2 id="customer-name" data-testid="customer-name">
          {customer.name}
        </h2>
        <p class="muted">
          {[customer.title, customer.company.name].filter(Boolean).join(' · ')}
          {customer.tier && <span class="badge tier">{t('card.tier', { tier: customer.tier })}</span>}
        </p>
        {person?.confidence === 'likely' && <p class="muted">{t('match.likely')}</p>}
        {person && <LinkToCustomer key={customer.id} person={person} current={customer.name} />}
        <LoyaltyBadge loyalty={customer.loyalty} />
        {latestSurvey?.recommend !== undefined && latestSurvey.repurchase !== undefined && (
          <p class="muted">
            {t('card.survey', { recommend: latestSurvey.recommend, repurchase: latestSurvey.repurchase })}
            {latestSurvey.nps !== undefined && ` · ${t('card.nps', { nps: latestSurvey.nps })}`}
          </p>
        )}
      </header>
      <LogBar key={customer.id} customerId={customer.id} tabId={tabId} onLogged={onLogged} onUndone={onUndone} />
      <QuickRecords key={customer.id} customerId={customer.id} customerName={customer.name} currency={card.purchases.currency} tabId={tabId} />
      <LoyaltySection card={card} />
      <CareActionsSection actions={card.openCareActions} />
      <TimelineSection interactions={timelineWith(card.recentInteractions, pending)} />
      <ProfileSection key={customer.id} card={card} />
      <PreferencesSection customer={customer} />
      <ImportantDatesSection dates={customer.importantDates} next={card.nextImportantDates} />
    </article>
  );
}
