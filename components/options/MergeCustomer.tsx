import { useState } from 'preact/hooks';
import type { Customer } from '../../lib/db/schema';
import { errorText, request } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';
import { ErrorAlert } from '../ErrorAlert';
import { ConfirmStep } from './ConfirmStep';

type Found = { id: string; name: string; company?: string };

/**
 * Two files of one person: the other one's addresses and history move into this
 * one, which keeps its own values and takes the other's where it has none.
 */
export function MergeCustomer({ customer, onMerged }: { customer: Customer; onMerged(): void }) {
  const { t } = useI18n();
  const [found, setFound] = useState<Found[]>();
  const [chosen, setChosen] = useState<Found>();
  const [error, setError] = useState('');

  const search = async (query: string) => {
    setError('');
    try {
      const results = query.trim() ? await request({ type: 'customer/find', query }) : undefined;
      setFound(results?.filter((result) => result.id !== customer.id));
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const merge = async () => {
    try {
      await request({ type: 'customer/merge', keepId: customer.id, mergeId: chosen!.id });
      setChosen(undefined);
      setFound(undefined);
      onMerged();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <section class="section" aria-labelledby="merge-heading" data-testid="merge-customer">
      <h3 id="merge-heading">{t('edit.merge.heading')}</h3>
      <p class="muted">{t('edit.merge.explain', { name: customer.name })}</p>
      <div class="field">
        <label for="merge-search">{t('edit.merge.search')}</label>
        <input id="merge-search" type="search" maxLength={200} onInput={(event) => void search(event.currentTarget.value)} />
      </div>
      {found?.length === 0 && <p class="muted">{t('link.none')}</p>}
      <ul class="plain">
        {found?.map((other) => (
          <li key={other.id}>
            <button type="button" class="secondary" onClick={() => setChosen(other)}>
              {t('edit.merge.choose', { name: other.name })}
            </button>{' '}
            <span class="muted">{other.company}</span>
          </li>
        ))}
      </ul>
      {chosen && (
        <ConfirmStep
          id="merge-confirm-text"
          question={t('edit.merge.confirm', { other: chosen.name, name: customer.name })}
          confirm={t('edit.merge.do', { other: chosen.name })}
          onConfirm={() => void merge()}
          onCancel={() => setChosen(undefined)}
        />
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
