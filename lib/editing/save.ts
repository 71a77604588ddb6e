import { customerPatchSchema, toFieldIssues } from '../db/customer-patch';
import type { Customer } from '../db/schema';
import { request } from '../messaging/client';
import type { UpdateResult } from '../messaging/protocol';

/**
 * Saves an editor's patch of `base` (the file as the editor loaded it). The
 * patch is checked here first with the background's own schema, so that an
 * invalid field is shown at once and nothing is sent; the background checks
 * again, and answers a clash with an edit made elsewhere as a conflict.
 */
export async function saveCustomerPatch(base: Customer, patch: Record<string, unknown>, force = false): Promise<UpdateResult> {
  const checked = customerPatchSchema.safeParse(patch);
  if (!checked.success) return { status: 'invalid', issues: toFieldIssues(checked.error) };
  if (Object.keys(patch).length === 0) return { status: 'saved', customer: base };
  return request({ type: 'customer/update', id: base.id, patch, expectedUpdatedAt: base.updatedAt, base, force });
}
