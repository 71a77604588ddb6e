import { z } from 'zod';
import { TARGET_FIELDS } from './mapping';

/**
 * Messages between the options page and its import worker. The worker is ours
 * and same-origin, but the messages are parsed anyway: a malformed one is a
 * bug to report, not something to act on.
 */

export const columnMappingSchema = z.object({
  preset: z.enum(['salesforce', 'hubspot', 'zoho']).optional(),
  columns: z.array(z.enum(TARGET_FIELDS).nullable()).max(1000),
});

export const rowErrorSchema = z.object({
  line: z.number().int().nonnegative(),
  field: z.string(),
  reason: z.string(),
  /** The reason's message id under import.reason.*, to show it in the UI's language. */
  code: z.string().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const importProgressSchema = z.object({
  rows: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rowsPerSecond: z.number().nonnegative(),
});

export const importReportSchema = z.object({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  rejected: z.array(rowErrorSchema),
  rows: z.number().int().nonnegative(),
  rejectedRows: z.number().int().nonnegative(),
  omittedErrors: z.number().int().nonnegative(),
});

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    file: z.instanceof(Blob),
    mapping: columnMappingSchema,
    encoding: z.enum(['utf-8', 'gb18030', 'utf-16le']),
    /** Bytes per written chunk; tests make it small to cancel between chunks. */
    chunkBytes: z.number().int().min(256).optional(),
  }),
  z.object({ type: z.literal('cancel') }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: importProgressSchema }),
  z.object({ type: z.literal('done'), report: importReportSchema, seconds: z.number().nonnegative() }),
  /** Cancelled by the user: the report tells what the whole chunks written before it hold. */
  z.object({ type: z.literal('cancelled'), report: importReportSchema, seconds: z.number().nonnegative() }),
  z.object({
    type: z.literal('failed'),
    /** In English, for the log; `failure` names it for the UI's language when it is a known one. */
    message: z.string(),
    failure: z.object({ code: z.enum(['unclosedQuote']), line: z.number().int().positive() }).optional(),
  }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
export type ImportOutcome = Exclude<FromWorker, { type: 'progress' }>;
