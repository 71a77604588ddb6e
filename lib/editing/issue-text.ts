import type { FieldIssue } from '../db/customer-patch';
import type { Translate } from '../i18n';
import { fieldOf } from './draft';

/** A validation issue in the user's language, from its code and limits (zod's own messages are English only). */
export function issueText(t: Translate, issue: FieldIssue): string {
  const { code, origin, minimum, maximum } = issue;
  if (code === 'too_small') {
    if (origin === 'string' || origin === 'array') return minimum !== undefined && minimum > 1 ? t('edit.issue.tooShort', { min: minimum }) : t('edit.issue.required');
    return issue.inclusive === false ? t('edit.issue.moreThan', { min: minimum ?? 0 }) : t('edit.issue.min', { min: minimum ?? 0 });
  }
  if (code === 'too_big') return origin === 'string' ? t('edit.issue.tooLong', { max: maximum ?? 0 }) : t('edit.issue.max', { max: maximum ?? 0 });
  if (code === 'invalid_type' && issue.expected === 'number') return t('edit.issue.number');
  if (code === 'invalid_value') return t('edit.issue.choose');
  if (code === 'invalid_format' && issue.format === 'email') return t('edit.issue.email');
  if (code === 'taken') return t('edit.issue.taken', { name: issue.params?.name ?? '' });
  if (code === 'phone') return t('edit.issue.phone', { region: issue.params?.region ?? '' });
  return t('edit.issue.other', { message: issue.message });
}

/** Issues by the form field they belong to; the first one per field is shown. */
export function issuesByField(issues: FieldIssue[]): Map<string, FieldIssue> {
  const byField = new Map<string, FieldIssue>();
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!byField.has(field)) byField.set(field, issue);
  }
  return byField;
}
