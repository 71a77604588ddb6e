import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '../../lib/db/customer-patch';
import type { Customer } from '../../lib/db/schema';
import { customerToDraft, draftToPatch, rebaseDraft, setField, type CustomerDraft } from '../../lib/editing/draft';
import { issuesByField } from '../../lib/editing/issue-text';
import { saveCustomerPatch } from '../../lib/editing/save';
import type { MessageId } from '../../lib/i18n';
import { errorText, request } from '../../lib/messaging/client';
import type { CustomerFile } from '../../lib/messaging/protocol';
import { ConflictNotice } from '../editing/ConflictNotice';
import { useI18n } from '../i18n-context';
import { CompanyFields, PreferenceFields, ProfileFields, WalletFields } from './CustomerFormSections';
import { DeleteCustomer, DeletedNotice } from './DeleteCustomer';
import { IdentitiesEditor } from './IdentitiesEditor';
import { DateFields, FamilyFields } from './ListFields';
import { MergeCustomer } from './MergeCustomer';

type Status = { id: MessageId; params?: Record<string, string | number> };

/** The full customer file in one form: every field, the identifiers, merge and delete. */
export function CustomerEditor({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<CustomerFile>();
  const [original, setOriginal] = useState<CustomerDraft>();
  const [draft, setDraft] = useState<CustomerDraft>();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState<{ fields: string[]; current: Customer }>();
  const [deleted, setDeleted] = useState<Customer>();
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  /** Finished save attempts, whatever their outcome: lets a test (or a script) wait for the one it started. */
  const [attempts, setAttempts] = useState(0);
  const root = useRef<HTMLElement>(null);

  const show = (loaded: CustomerFile) => {
    const fresh = customerToDraft(loaded.customer);
    setFile(loaded);
    setOriginal(fresh);
    setDraft(fresh);
    setIssues([]);
    setConflict(undefined);
  };
  const load = async () => {
    try {
      show(await request({ type: 'customer/get', id: customerId }));
    } catch (failure) {
      setStatus({ id: 'error.generic', params: { message: errorText(failure) } });
    }
  };
  useEffect(() => {
    void load().then(() => root.current?.scrollIntoView({ block: 'start' }));
  }, [customerId]);
  // After a refused save, take the keyboard to the first field to fix.
  useEffect(() => {
    if (issues.length > 0) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues]);

  if (!file || !draft || !original) {
    return <p class="muted" role="status">{status ? t(status.id, status.params) : t('sidebar.connecting')}</p>;
  }
  const { customer } = file;
  const form = { prefix: 'customer', issues: issuesByField(issues) };
  const set = (field: string, value: unknown) => setDraft((current) => setField(current!, field, value));

  const save = async (force = false) => {
    setBusy(true);
    setStatus(undefined);
    try {
      const result = await saveCustomerPatch(customer, draftToPatch(draft, original), force);
      if (result.status === 'invalid') {
        setIssues(result.issues);
        setStatus({ id: 'edit.invalid', params: { count: result.issues.length } });
      } else if (result.status === 'conflict') {
        setConflict({ fields: result.fields, current: result.current });
      } else {
        show({ ...file, customer: result.customer });
        setStatus({ id: 'edit.saved' });
      }
    } catch (failure) {
      setStatus({ id: 'error.generic', params: { message: errorText(failure) } });
    } finally {
      setBusy(false);
      setAttempts((count) => count + 1);
    }
  };
  const reloadKeepingEdits = () => {
    if (!conflict) return;
    const current = customerToDraft(conflict.current);
    setDraft(rebaseDraft(draft, original, current, conflict.fields));
    setOriginal(current);
    setFile({ ...file, customer: conflict.current });
    setConflict(undefined);
    setStatus({ id: 'edit.reloaded' });
  };

  if (deleted) {
    return (
      <article class="editor" ref={root}>
        <DeletedNotice
          customer={deleted}
          onRestored={(skipped) => {
            setDeleted(undefined);
            void load();
            setStatus(skipped.length ? { id: 'edit.delete.restoredSkipped', params: { values: skipped.join(', ') } } : { id: 'edit.delete.restored' });
          }}
        />
      </article>
    );
  }

  return (
    <article class="editor" ref={root} aria-labelledby="editor-heading" data-customer-id={customer.id} data-save-attempts={attempts}>
      <h2 id="editor-heading" data-testid="editor-name">
        {customer.name}
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {form.issues.has('') && <p class="error" role="alert">{t('edit.issue.other', { message: form.issues.get('')!.message })}</p>}
        <ProfileFields draft={draft} set={set} form={form} />
        <CompanyFields draft={draft} set={set} form={form} />
        <PreferenceFields draft={draft} set={set} form={form} />
        <DateFields draft={draft} set={set} form={form} />
        <FamilyFields draft={draft} set={set} form={form} />
        <WalletFields draft={draft} set={set} form={form} />
        {conflict && <ConflictNotice fields={conflict.fields} onReload={reloadKeepingEdits} onOverwrite={() => void save(true)} />}
        <div class="buttons sticky-actions">
          <button type="submit" disabled={busy} data-action="save-customer">
            {t('options.save')}
          </button>
          <p role="status" aria-live="polite" data-testid="editor-status" class="notice">
            {status && t(status.id, status.params)}
          </p>
        </div>
      </form>
      <IdentitiesEditor
        customerId={customer.id}
        identities={file.identities}
        onChanged={() => void request({ type: 'customer/get', id: customer.id }).then((fresh) => setFile({ ...file, identities: fresh.identities }))}
      />
      <MergeCustomer
        customer={customer}
        onMerged={() => {
          void load();
          setStatus({ id: 'edit.merge.done' });
        }}
      />
      <DeleteCustomer customer={customer} onDeleted={() => setDeleted(customer)} />
    </article>
  );
}
