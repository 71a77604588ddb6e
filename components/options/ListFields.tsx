import type { DateDraft, FamilyDraft } from '../../lib/editing/draft';
import { FieldError, SelectField, TextField } from '../editing/fields';
import { useI18n } from '../i18n-context';
import type { SectionProps } from './CustomerFormSections';

const DATE_KINDS = ['birthday', 'company-anniversary', 'family', 'other'] as const;
const newDate = (): DateDraft => ({ kind: 'birthday', label: '', calendar: 'gregorian', month: '', day: '', year: '', leapMonth: false });
const newMember = (): FamilyDraft => ({ name: '', relation: '', notes: '' });

/** Birthdays, anniversaries and other yearly dates, Gregorian or lunar (a lunar one may fall in a leap month). */
export function DateFields({ draft, set, form }: SectionProps) {
  const { t } = useI18n();
  const dates = draft.importantDates;
  return (
    <fieldset class="edit-group" data-testid="edit-dates">
      <legend>{t('edit.field.importantDates')}</legend>
      <FieldError form={form} field="importantDates" />
      {dates.map((date, index) => {
        const at = (key: keyof DateDraft) => `importantDates.${index}.${key}`;
        const number = index + 1;
        return (
          <div class="edit-row" key={index} role="group" aria-label={t('edit.date.item', { number })}>
            <SelectField
              form={form}
              field={at('kind')}
              label={t('edit.date.kind')}
              value={date.kind}
              onValue={(value) => set(at('kind'), value)}
              options={DATE_KINDS.map((kind): [string, string] => [kind, t(`date.${kind}`)])}
            />
            <TextField form={form} field={at('label')} label={t('edit.date.label')} value={date.label} onValue={(v) => set(at('label'), v)} maxLength={200} />
            <SelectField
              form={form}
              field={at('calendar')}
              label={t('edit.date.calendar')}
              value={date.calendar}
              onValue={(value) => set(at('calendar'), value)}
              options={[
                ['gregorian', t('edit.date.gregorian')],
                ['lunar', t('edit.date.lunar')],
              ]}
            />
            <TextField form={form} field={at('month')} label={t('edit.date.month')} value={date.month} onValue={(v) => set(at('month'), v)} type="number" />
            <TextField form={form} field={at('day')} label={t('edit.date.day')} value={date.day} onValue={(v) => set(at('day'), v)} type="number" />
            <TextField form={form} field={at('year')} label={t('edit.date.year')} value={date.year} onValue={(v) => set(at('year'), v)} type="number" />
            {date.calendar === 'lunar' && (
              <label class="check">
                <input type="checkbox" checked={date.leapMonth} onChange={(event) => set(at('leapMonth'), event.currentTarget.checked)} />
                {t('edit.date.leapMonth')}
              </label>
            )}
            <button type="button" class="secondary" onClick={() => set('importantDates', dates.filter((_, i) => i !== index))}>
              {t('edit.date.remove', { number })}
            </button>
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={() => set('importantDates', [...dates, newDate()])}>
        {t('edit.date.add')}
      </button>
    </fieldset>
  );
}

/** Family members and their milestones, as the handbooks ask salespeople to keep them. */
export function FamilyFields({ draft, set, form }: SectionProps) {
  const { t } = useI18n();
  const family = draft.family;
  return (
    <fieldset class="edit-group" data-testid="edit-family">
      <legend>{t('edit.field.family')}</legend>
      <FieldError form={form} field="family" />
      {family.map((member, index) => {
        const at = (key: keyof FamilyDraft) => `family.${index}.${key}`;
        const number = index + 1;
        return (
          <div class="edit-row" key={index} role="group" aria-label={t('edit.family.item', { number })}>
            <TextField form={form} field={at('name')} label={t('edit.family.name')} value={member.name} onValue={(v) => set(at('name'), v)} maxLength={200} />
            <TextField form={form} field={at('relation')} label={t('edit.family.relation')} value={member.relation} onValue={(v) => set(at('relation'), v)} maxLength={100} />
            <TextField form={form} field={at('notes')} label={t('edit.family.notes')} value={member.notes} onValue={(v) => set(at('notes'), v)} maxLength={2000} />
            <button type="button" class="secondary" onClick={() => set('family', family.filter((_, i) => i !== index))}>
              {t('edit.family.remove', { number })}
            </button>
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={() => set('family', [...family, newMember()])}>
        {t('edit.family.add')}
      </button>
    </fieldset>
  );
}
