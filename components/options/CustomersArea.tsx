import { useEffect, useState } from 'preact/hooks';
import { errorText, request } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';
import { CustomerEditor } from './CustomerEditor';
import { ErrorAlert } from '../ErrorAlert';

type Found = { id: string; name: string; company?: string };

/** `#customer=<id>` opens that customer's file: the sidebar and the care "Today" page link here. */
export function customerIdFromHash(hash: string): string | undefined {
  return /^#customer=([0-9a-f-]{36})$/i.exec(hash)?.[1];
}

/** The options page's "Customers" area: find a customer and edit their whole file. */
export function CustomersArea({ win = window }: { win?: Window }) {
  const { t } = useI18n();
  const [openId, setOpenId] = useState(() => customerIdFromHash(win.location.hash));
  const [found, setFound] = useState<Found[]>();
  const [error, setError] = useState('');

  useEffect(() => {
    const follow = () => setOpenId(customerIdFromHash(win.location.hash));
    win.addEventListener('hashchange', follow);
    return () => win.removeEventListener('hashchange', follow);
  }, []);

  const search = async (query: string) => {
    setError('');
    try {
      setFound(query.trim() ? await request({ type: 'customer/find', query }) : undefined);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <section class="section" aria-labelledby="customers-heading" id="customers">
      <h2 id="customers-heading">{t('edit.customers')}</h2>
      <div class="field">
        <label for="customer-search">{t('edit.search')}</label>
        <input id="customer-search" type="search" maxLength={200} onInput={(event) => void search(event.currentTarget.value)} />
      </div>
      {found?.length === 0 && <p class="muted">{t('link.none')}</p>}
      <ul class="plain" data-testid="customer-results">
        {found?.map((customer) => (
          <li key={customer.id}>
            {/* A link, so that the file can be opened in a new tab or bookmarked like any page. */}
            <a href={`#customer=${customer.id}`} aria-label={t('edit.open', { name: customer.name })}>
              {customer.name}
            </a>{' '}
            <span class="muted">{customer.company}</span>
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
      {openId && <CustomerEditor key={openId} customerId={openId} />}
    </section>
  );
}
