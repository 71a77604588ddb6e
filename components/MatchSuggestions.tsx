import { useState } from 'preact/hooks';
import { errorText, request } from '../lib/messaging/client';
import type { ViewPerson } from '../lib/messaging/protocol';
import { useI18n } from './i18n-context';
import { ErrorAlert } from './ErrorAlert';

/**
 * Customers an unknown person may be (a colleague at the same company, the same
 * name). Confirming one stores the address with that customer, so the next page
 * with it is recognised for certain.
 */
export function MatchSuggestions({ person }: { person: ViewPerson }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | undefined>();
  const value = person.email ?? person.phone;
  if (person.suggestions.length === 0 || !value) return null;

  const confirm = async (customerId: string) => {
    try {
      await request({ type: 'identity/confirm', customerId, kind: person.email ? 'email' : 'phone', value });
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <div class="suggestions" data-testid="match-suggestions">
      <p>{t('match.suggestions')}</p>
      <ul class="plain">
        {person.suggestions.map((suggestion) => (
          <li key={suggestion.customerId}>
            <button type="button" onClick={() => void confirm(suggestion.customerId)}>
              {t('match.confirm', { name: suggestion.customerName })}
            </button>{' '}
            <span class="muted">
              {[suggestion.company, t(`match.reason.${suggestion.reason}`)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
    </div>
  );
}
