import { useState } from 'preact/hooks';
import { EDITABLE_IDENTITY_KINDS, type FieldIssue } from '../../lib/db/customer-patch';
import type { Identity } from '../../lib/db/schema';
import { issuesByField } from '../../lib/editing/issue-text';
import { errorText, request } from '../../lib/messaging/client';
import { SelectField, TextField } from '../editing/fields';
import { useI18n } from '../i18n-context';
import { ErrorAlert } from '../ErrorAlert';

type Kind = (typeof EDITABLE_IDENTITY_KINDS)[number];

/** The e-mail addresses, phones and CRM record ids the customer is recognised by. */
export function IdentitiesEditor({ customerId, identities, onChanged }: { customerId: string; identities: Identity[]; onChanged(): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('email');
  const [value, setValue] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState('');
  const form = { prefix: 'identity', issues: issuesByField(issues) };

  const add = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      const result = await request({ type: 'customer/identity-add', customerId, kind, value });
      if (result.status === 'invalid') return setIssues(result.issues);
      setIssues([]);
      setValue('');
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const remove = async (identityId: string) => {
    try {
      await request({ type: 'customer/identity-remove', identityId });
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <fieldset class="edit-group" data-testid="edit-identities">
      <legend>{t('edit.group.identities')}</legend>
      <p class="muted">{t('edit.identities.explain')}</p>
      <ul class="plain">
        {identities.map((identity) => (
          <li key={identity.id} data-identity={identity.key}>
            <span class="muted">{t(`edit.identity.${identity.kind as Kind}`)}</span> {identity.display}{' '}
            <button type="button" class="link" onClick={() => void remove(identity.id)} aria-label={t('edit.identity.remove', { value: identity.display })}>
              {t('edit.remove')}
            </button>
          </li>
        ))}
        {identities.length === 0 && <li class="muted">{t('edit.identities.none')}</li>}
      </ul>
      <form class="edit-row" onSubmit={(event) => void add(event)}>
        <SelectField
          form={form}
          field="kind"
          label={t('edit.identity.kind')}
          value={kind}
          onValue={(next) => setKind(next as Kind)}
          options={EDITABLE_IDENTITY_KINDS.map((option): [string, string] => [option, t(`edit.identity.${option}`)])}
        />
        <TextField form={form} field="value" label={t('edit.identity.value')} value={value} onValue={setValue} maxLength={400} />
        <button type="submit">{t('edit.identity.add')}</button>
      </form>
      <ErrorAlert message={error} />
    </fieldset>
  );
}
