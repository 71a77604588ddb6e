import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CustomerCard } from '../lib/messaging/protocol';
import { formatDate, formatMoney } from '../lib/i18n/format';
import { request } from '../lib/messaging/client';
import { useI18n } from './i18n-context';
import { QuickEditProfile } from './QuickEditProfile';
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const fileUrl = browser.runtime.getURL(`/options.html#customer=${card.customer.id}`);
  return (
    <Section id="profile" title={t('card.profile')}>
      <div class="buttons">
        <button
          type="button"
          ref={editButton}
          aria-expanded={editing}
          aria-label={t('edit.quick.label', { name: card.customer.name })}
          onClick={() => {
            setSaved(false);
            setEditing(!editing);
          }}
        >
          {t('edit.quick.button')}
        </button>
        {/* The frame sits inside a web page, which may not open extension pages: the background opens the tab. */}
        <a
          href={fileUrl}
          target="_blank"
          rel="noopener"
          data-action="open-file"
          onClick={(event) => {
            event.preventDefault();
            void request({ type: 'customer/open-file', id: card.customer.id });
          }}
        >
          {t('edit.openFile')}
        </a>
      </div>
      {editing && (
        <QuickEditProfile
          customer={card.customer}
          onClose={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            editButton.current?.focus();
          }}
        />
      )}
      <p role="status" class="muted" data-testid="quick-edit-status">
        {saved && t('edit.saved')}
      </p>
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
