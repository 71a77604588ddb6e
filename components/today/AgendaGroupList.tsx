import { browser } from 'wxt/browser';
import type { AgendaGroup, AgendaItem } from '../../lib/care/agenda';
import { CareActionItem } from '../CareActionItem';
import { useI18n } from '../i18n-context';

/** The customer's full file in the options page (its #customer= link opens that customer). */
const customerFileUrl = (customerId: string) => `${browser.runtime.getURL('/options.html')}#customer=${encodeURIComponent(customerId)}`;

interface Props {
  group: AgendaGroup;
  /** How many actions of the group match; `items` are the first of them. */
  count: number;
  /** The whole agenda is still being read: `count` is only what is listed, so neither it nor "Show more" is shown. */
  counting: boolean;
  items: AgendaItem[];
  now: number;
  onChanged(): void;
  onMore(): void;
}

/** One urgency group of the Today page; each action shows whom it is for, linked to their file. */
export function AgendaGroupList({ group, count, counting, items, now, onChanged, onMore }: Props) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <section class="section" aria-labelledby={`group-${group}`} data-group={group}>
      <h2 id={`group-${group}`}>
        {t(`today.group.${group}`)} {!counting && <span class="badge">{count}</span>}
      </h2>
      <ul class="plain care">
        {items.map(({ action, customer }) => (
          <li key={action.id} class="agenda-item" data-customer-id={customer.id}>
            <a href={customerFileUrl(customer.id)} target="_blank" rel="noopener" aria-label={t('today.openCustomer', { name: customer.name })}>
              {customer.name}
            </a>{' '}
            {customer.tier && <span class="badge">{t('card.tier', { tier: customer.tier })}</span>}
            {customer.company && <span class="muted"> {customer.company}</span>}
            <ul class="plain">
              <CareActionItem action={action} now={now} onChanged={onChanged} />
            </ul>
          </li>
        ))}
      </ul>
      {!counting && count > items.length && (
        <button type="button" class="secondary" onClick={onMore}>
          {t('today.showMore', { count: count - items.length })}
        </button>
      )}
    </section>
  );
}
