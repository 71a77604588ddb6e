import { $ZodError } from 'zod/v4/core';

/** What the user reads when the browser refuses to store more (IndexedDB's quota for the extension). */
export const STORAGE_FULL_MESSAGE =
  'the browser has no more storage for this extension, so nothing was saved. Free some disk space or clear other sites’ data, then try again.';

/** The browser's DOMException, or Dexie's wrapper of it (which keeps the original as `inner`). */
const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || isQuotaError((error as Error & { inner?: unknown }).inner));

/** A refusal the user can act on: which field, and why, rather than a validator's dump. */
export function describeError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  // $ZodError: both zod's errors (protocol.ts) and zod/mini's (page reports) are one.
  if (error instanceof $ZodError) return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs work nobody waits for (a refresh after a write, a build in the background): a failure is logged under `what`
 * for the extension's console, where the user's request has already been answered.
 */
export function inBackground(work: Promise<unknown>, what: string): void {
  work.catch((error: unknown) => console.error(`${what} failed`, error));
}
