import { BUSINESS_TYPES, TIERS } from '../../lib/db/schema';
import type { CustomerDraft } from '../../lib/editing/draft';
import type { MessageId } from '../../lib/i18n';
import { fieldLabelId } from '../editing/ConflictNotice';
import { SelectField, TextField, type FormIssues } from '../editing/fields';
import { useI18n } from '../i18n-context';

export interface SectionProps {
  draft: CustomerDraft;
  set(field: string, value: unknown): void;
  form: FormIssues;
}

type Field = { field: string; type?: 'text' | 'number' | 'date' | 'textarea'; max?: number; hint?: MessageId };

/** A group of plain text fields whose draft values sit at their paths. */
function Fields({ fields, draft, set, form }: SectionProps & { fields: Field[] }) {
  const { t } = useI18n();
  const valueAt = (path: string) =>
    path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], draft) as string;
  return (
    <>
      {fields.map(({ field, type, max, hint }) => (
        <TextField
          key={field}
          form={form}
          field={field}
          label={t(fieldLabelId(field))}
          value={valueAt(field)}
          onValue={(value) => set(field, value)}
          type={type}
          maxLength={max}
          hint={hint && t(hint)}
        />
      ))}
    </>
  );
}

export function ProfileFields(props: SectionProps) {
  const { t } = useI18n();
  const { draft, set, form } = props;
  return (
    <fieldset class="edit-group">
      <legend>{t('edit.group.person')}</legend>
      <Fields {...props} fields={[{ field: 'name', max: 200 }, { field: 'title', max: 200 }]} />
      <SelectField
        form={form}
        field="tier"
        label={t('edit.field.tier')}
        value={draft.tier}
        onValue={(value) => set('tier', value)}
        options={[['', t('edit.none')], ...TIERS.map((tier): [string, string] => [tier, t('card.tier', { tier })])]}
      />
      <Fields {...props} fields={[{ field: 'tags', hint: 'edit.hint.commas' }]} />
    </fieldset>
  );
}

export function CompanyFields(props: SectionProps) {
  const { t } = useI18n();
  const { draft, set, form } = props;
  return (
    <fieldset class="edit-group">
      <legend>{t('edit.group.company')}</legend>
      <Fields {...props} fields={[{ field: 'company.name', max: 200 }]} />
      <SelectField
        form={form}
        field="company.businessType"
        label={t('edit.field.company.businessType')}
        value={draft.company.businessType}
        onValue={(value) => set('company.businessType', value)}
        options={[['', t('edit.none')], ...BUSINESS_TYPES.map((type): [string, string] => [type, t(`business.${type}`)])]}
      />
      <Fields
        {...props}
        fields={[
          { field: 'company.location', max: 200 },
          { field: 'company.size', max: 100 },
          { field: 'company.financialStanding', max: 500 },
          { field: 'company.channel', max: 200 },
          { field: 'company.valueToUs', type: 'number' },
          { field: 'firstDealAt', type: 'date' },
          { field: 'lastDealAt', type: 'date' },
        ]}
      />
    </fieldset>
  );
}

export function PreferenceFields(props: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset class="edit-group">
      <legend>{t('edit.group.preferences')}</legend>
      <Fields
        {...props}
        fields={[
          { field: 'preferences.likes', type: 'textarea', hint: 'edit.hint.lines' },
          { field: 'preferences.dislikes', type: 'textarea', hint: 'edit.hint.lines' },
          { field: 'preferences.contact', max: 500 },
          { field: 'lifestyleNotes', type: 'textarea', max: 5000 },
        ]}
      />
    </fieldset>
  );
}

export function WalletFields(props: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset class="edit-group">
      <legend>{t('edit.group.wallet')}</legend>
      <p class="muted">{t('edit.wallet.explain')}</p>
      <Fields
        {...props}
        fields={[
          { field: 'wallet.purchasesPerYear', type: 'number' },
          { field: 'wallet.spendPerYear', type: 'number' },
        ]}
      />
    </fieldset>
  );
}
