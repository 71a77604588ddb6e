import type { FieldIssue } from '../../lib/db/customer-patch';
import { issueText } from '../../lib/editing/issue-text';
import { useI18n } from '../i18n-context';

/** One edit form's field errors; `prefix` keeps input ids unique when two forms share a page. */
export interface FormIssues {
  prefix: string;
  issues: Map<string, FieldIssue>;
}

export const fieldId = (form: FormIssues, field: string) => `${form.prefix}-${field.replace(/\./g, '-')}`;

/** The attributes that tie an input to its error message for assistive technology. */
export function fieldA11y(form: FormIssues, field: string) {
  const id = fieldId(form, field);
  const invalid = form.issues.has(field);
  return { id, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? `${id}-error` : undefined };
}

export function FieldError({ form, field }: { form: FormIssues; field: string }) {
  const { t } = useI18n();
  const issue = form.issues.get(field);
  if (!issue) return null;
  return (
    <p id={`${fieldId(form, field)}-error`} class="error field-error" data-field-error={field}>
      {issueText(t, issue)}
    </p>
  );
}

interface TextFieldProps {
  form: FormIssues;
  field: string;
  label: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'textarea';
  hint?: string;
  maxLength?: number;
}

/** A labelled input whose error is shown under it and announced with it. */
export function TextField({ form, field, label, value, onValue, type = 'text', hint, maxLength }: TextFieldProps) {
  const a11y = fieldA11y(form, field);
  return (
    <div class="field">
      <label for={a11y.id}>{label}</label>
      {type === 'textarea' ? (
        <textarea {...a11y} rows={3} value={value} maxLength={maxLength} onInput={(event) => onValue(event.currentTarget.value)} />
      ) : (
        <input
          {...a11y}
          // Numbers are typed as text so that what the user wrote stays visible with its error.
          type={type === 'number' ? 'text' : type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          value={value}
          maxLength={maxLength}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
      {hint && <small class="muted">{hint}</small>}
      <FieldError form={form} field={field} />
    </div>
  );
}

export function SelectField({
  form,
  field,
  label,
  value,
  onValue,
  options,
}: Omit<TextFieldProps, 'type' | 'hint' | 'maxLength'> & { options: [string, string][] }) {
  const a11y = fieldA11y(form, field);
  return (
    <div class="field">
      <label for={a11y.id}>{label}</label>
      <select {...a11y} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
      <FieldError form={form} field={field} />
    </div>
  );
}
