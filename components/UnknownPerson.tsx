import { useState } from 'preact/hooks';
import { errorText, request } from '../lib/messaging/client';
import type { ViewPerson } from '../lib/messaging/protocol';
import { useI18n } from './i18n-context';
import { LinkToCustomer } from './LinkToCustomer';
import { MatchSuggestions } from './MatchSuggestions';
import { ErrorAlert } from './ErrorAlert';

/** "Not a customer yet": adds the person with the address the page showed, in one step. */
export function UnknownPerson({ person }: { person: ViewPerson }) {
  const { t } = useI18n();
  const [name, setName] = useState(person.name ?? person.email?.split('@')[0] ?? '');
  const [companyName, setCompanyName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (!person.email && !person.phone) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // The view updates itself when the background's data changes; nothing to do on success.
      await request({ type: 'customer/create', name, email: person.email, phone: person.phone, companyName });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section unknown" aria-labelledby="unknown-heading" data-testid="unknown-person">
      <h2 id="unknown-heading">{t('unknown.heading')}</h2>
      <p>{t('unknown.explain', { email: person.email ?? person.phone ?? '' })}</p>
      <MatchSuggestions person={person} />
      <LinkToCustomer person={person} />
      <form onSubmit={(event) => void submit(event)}>
        <label class="field">
          <span>{t('unknown.name')}</span>
          <input required maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('unknown.company')}</span>
          <input maxLength={200} value={companyName} onInput={(event) => setCompanyName(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('unknown.add')}
        </button>
        <ErrorAlert message={error} />
      </form>
    </section>
  );
}
