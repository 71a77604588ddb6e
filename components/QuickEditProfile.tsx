import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '../lib/db/customer-patch';
import { TIERS, type Customer } from '../lib/db/schema';
import { issuesByField } from '../lib/editing/issue-text';
import { saveCustomerPatch } from '../lib/editing/save';
import { errorText, request } from '../lib/messaging/client';
import { ConflictNotice } from './editing/ConflictNotice';
import { SelectField, TextField } from './editing/fields';
import { useI18n } from './i18n-context';
import { ErrorAlert } from './ErrorAlert';

/**
 * The fields a salesperson fixes most often, keyed by their path in the customer file.
 * Likes are separated by semicolons: a like itself often holds a comma (普洱茶（尤其是老班章），…).
 */
type QuickValues = Record<'name' | 'title' | 'company.name' | 'tier' | 'preferences.contact' | 'preferences.likes' | 'email' | 'phone', string>;

const valuesOf = (customer: Customer): QuickValues => ({
  name: customer.name,
  title: customer.title ?? '',
  'company.name': customer.company.name ?? '',
  tier: customer.tier ?? '',
  'preferences.contact': customer.preferences.contact ?? '',
  'preferences.likes': customer.preferences.likes.join('; '),
  email: '',
  phone: '',
});

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

function patchOf(values: QuickValues, before: QuickValues): Record<string, unknown> {
  const changed = (key: keyof QuickValues) => values[key] !== before[key];
  const patch: Record<string, unknown> = {};
  if (changed('name')) patch.name = values.name.trim();
  if (changed('title')) patch.title = optional(values.title);
  if (changed('tier')) patch.tier = values.tier || null;
  if (changed('company.name')) patch.company = { name: optional(values['company.name']) };
  const preferences: Record<string, unknown> = {};
  if (changed('preferences.contact')) preferences.contact = optional(values['preferences.contact']);
  if (changed('preferences.likes')) preferences.likes = values['preferences.likes'].split(/[;；]/).map((s) => s.trim()).filter(Boolean);
  if (Object.keys(preferences).length > 0) patch.preferences = preferences;
  return patch;
}

/**
 * Inline edits on the card. Enter saves, Escape cancels. The file as it was when
 * editing began is the base: an edit made meanwhile in another tab to the same
 * field is reported as a conflict instead of being overwritten.
 */
export function QuickEditProfile({ customer, onClose }: { customer: Customer; onClose(saved: boolean): void }) {
  const { t } = useI18n();
  const [base, setBase] = useState(customer);
  const [before, setBefore] = useState(() => valuesOf(customer));
  const [values, setValues] = useState(before);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState<{ fields: string[]; current: Customer }>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const form = { prefix: 'quick', issues: issuesByField(issues) };

  // In the render that opens the form, not after the next paint: typing that starts at once in another field
  // (a quick user, a browser test) would otherwise go to the first field when it takes the focus.
  useLayoutEffect(() => root.current?.querySelector<HTMLElement>('input')?.focus(), []);
  useEffect(() => {
    if (issues.length > 0) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues]);

  const save = async (force = false) => {
    setBusy(true);
    setError('');
    try {
      const result = await saveCustomerPatch(base, patchOf(values, before), force);
      if (result.status === 'invalid') return setIssues(result.issues);
      if (result.status === 'conflict') return setConflict({ fields: result.fields, current: result.current });
      // The profile is saved; a new address may still be refused (taken by another customer).
      const found: FieldIssue[] = [];
      for (const kind of ['email', 'phone'] as const) {
        if (!values[kind].trim()) continue;
        const added = await request({ type: 'customer/identity-add', customerId: base.id, kind, value: values[kind] });
        if (added.status === 'invalid') found.push(...added.issues.map((issue) => ({ ...issue, path: [kind] })));
      }
      if (found.length > 0) {
        setBase(result.customer);
        setBefore({ ...valuesOf(result.customer), email: '', phone: '' });
        setValues({ ...valuesOf(result.customer), email: values.email, phone: values.phone });
        return setIssues(found);
      }
      onClose(true);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const reload = () => {
    if (!conflict) return;
    const current = valuesOf(conflict.current);
    const kept = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        value !== before[key as keyof QuickValues] && !conflict.fields.includes(key) ? value : current[key as keyof QuickValues],
      ]),
    ) as QuickValues;
    setBase(conflict.current);
    setBefore(current);
    setValues({ ...kept, email: values.email, phone: values.phone });
    setConflict(undefined);
  };

  const field = (key: keyof QuickValues, label: string, type: 'text' | 'email' | 'tel' = 'text') => (
    <TextField form={form} field={key} label={label} value={values[key]} onValue={(value) => setValues({ ...values, [key]: value })} type={type} />
  );

  return (
    <form
      ref={root}
      class="quick-edit"
      aria-label={t('edit.quick.label', { name: customer.name })}
      data-testid="quick-edit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose(false);
        }
      }}
    >
      {field('name', t('edit.field.name'))}
      {field('title', t('edit.field.title'))}
      {field('company.name', t('edit.field.company.name'))}
      <SelectField
        form={form}
        field="tier"
        label={t('edit.field.tier')}
        value={values.tier}
        onValue={(tier) => setValues({ ...values, tier })}
        options={[['', t('edit.none')], ...TIERS.map((tier): [string, string] => [tier, t('card.tier', { tier })])]}
      />
      {field('email', t('edit.quick.email'), 'email')}
      {field('phone', t('edit.quick.phone'), 'tel')}
      {field('preferences.contact', t('edit.field.preferences.contact'))}
      {field('preferences.likes', t('edit.quick.likes'))}
      {conflict && <ConflictNotice fields={conflict.fields} onReload={reload} onOverwrite={() => void save(true)} />}
      <p class="muted">{t('edit.quick.hint')}</p>
      <div class="buttons">
        <button type="submit" disabled={busy}>
          {t('options.save')}
        </button>
        <button type="button" class="secondary" onClick={() => onClose(false)}>
          {t('log.cancel')}
        </button>
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
