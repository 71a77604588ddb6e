import type { z } from 'zod';
import { translator, type MessageId } from '../i18n';

/**
 * Why a row was not imported, as a message id under import.reason.* with its
 * values: the report file and the logs take the English text, the options page
 * shows it in the UI's language.
 */
export type ReasonCode = MessageId extends infer Id ? (Id extends `import.reason.${infer Code}` ? Code : never) : never;

export interface Reason {
  reason: string;
  code: ReasonCode;
  values: Record<string, string | number>;
}

const english = translator('en');

export function reason(code: ReasonCode, values: Record<string, string | number> = {}): Reason {
  return { reason: english(`import.reason.${code}` as MessageId, values), code, values };
}

/** The reason as a zod issue, carrying its id and values for the row reader (lib/import/rows.ts). */
export function addReason(ctx: z.core.$RefinementCtx, code: ReasonCode, values: Record<string, string | number> = {}): void {
  const { reason: message } = reason(code, values);
  ctx.addIssue({ code: 'custom', message, params: { code, values } });
}

/** A cell schema's issue as a reason: ours carry their id; zod's own (too long, not a UUID) are named here. */
export function issueReason(issue: z.core.$ZodIssue): Omit<Reason, 'code'> & { code?: ReasonCode } {
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    return { reason: issue.message, code: issue.params.code as ReasonCode, values: issue.params.values ?? {} };
  }
  if (issue.code === 'too_big') return reason('tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return reason('notCustomerId');
  return { reason: issue.message, values: {} };
}
