import type { ViewPerson } from '../lib/messaging/protocol';
import { useI18n } from './i18n-context';

/** Everyone the page shows; known customers are marked, and any one can be chosen for the card. */
export function PeoplePicker({
  people,
  selectedKey,
  onSelect,
}: {
  people: ViewPerson[];
  selectedKey?: string;
  onSelect(key: string): void;
}) {
  const { t } = useI18n();
  if (people.length < 2) return null;
  return (
    <nav class="people" aria-label={t('sidebar.peopleOnPage')}>
      <ul class="plain">
        {people.map((person) => (
          <li key={person.key}>
            <button
              type="button"
              aria-pressed={person.key === selectedKey}
              class={person.customerId ? 'known' : undefined}
              onClick={() => onSelect(person.key)}
            >
              <span class="role">{t(`role.${person.role}`)}</span> {person.customerName ?? person.name ?? person.email}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
