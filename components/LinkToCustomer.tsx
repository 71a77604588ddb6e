import { useState } from 'preact/hooks';
import { errorText, request } from '../lib/messaging/client';
import type { ViewPerson } from '../lib/messaging/protocol';
import { useI18n } from './i18n-context';
import { ErrorAlert } from './ErrorAlert';

type Found = { id: string; name: string; company?: string };

/**
 * Corrects recognition: the person on the page is another customer than shown
 * (or one it did not find). Linking stores their address with the chosen
 * customer, moving it off a wrong one, so the next page is right for certain.
 */
export function LinkToCustomer({ person, current }: { person: ViewPerson; current?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<Found[] | undefined>();
  const [error, setError] = useState('');
  const value = person.email ?? person.phone;
  if (!value) return null;

  const search = async (query: string) => {
    try {
      setFound(query.trim() ? await request({ type: 'customer/search', query }) : undefined);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const link = async (customerId: string) => {
    try {
      await request({ type: 'identity/confirm', customerId, kind: person.email ? 'email' : 'phone', value, reassign: true });
      setOpen(false);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <div class="link-customer">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {current ? t('link.open', { name: current }) : t('link.openUnknown')}
      </button>
      {open && (
        <div>
          <label class="field">
            <span>{t('link.search')}</span>
            <input type="search" maxLength={200} onInput={(event) => void search(event.currentTarget.value)} />
          </label>
          {found?.length === 0 && <p class="muted">{t('link.none')}</p>}
          <ul class="plain">
            {found
              ?.filter((customer) => customer.name !== current)
              .map((customer) => (
                <li key={customer.id}>
                  <button type="button" class="secondary" onClick={() => void link(customer.id)}>
                    {t('link.to', { name: customer.name })}
                  </button>{' '}
                  <span class="muted">{customer.company}</span>
                </li>
              ))}
          </ul>
        </div>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}
