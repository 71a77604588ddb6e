import { browser } from 'wxt/browser';
import { addIdentity, CustomerValidationError, EditConflictError, getCustomerForEdit, removeIdentity, updateCustomer } from '../db/customer-edit';
import { deleteCustomer, undoDelete } from '../db/customer-delete';
import { findCustomers } from '../db/customer-find';
import { mergeCustomers } from '../db/customer-merge';
import type { Request, RequestType, ResponseOf } from '../messaging/protocol';
import type { RequestContext } from './requests';
import { inBackground } from './errors';

type EditType =
  | 'customer/get'
  | 'customer/update'
  | 'customer/identity-add'
  | 'customer/identity-remove'
  | 'customer/merge'
  | 'customer/delete'
  | 'customer/undelete'
  | 'customer/open-file'
  | 'customer/find';

type EditHandlers = {
  [T in EditType & RequestType]: (request: Extract<Request, { type: T }>, context: RequestContext) => Promise<ResponseOf<T>>;
};

/** The deep link the options page opens a customer's full file by (the care "Today" page links to it too). */
export const customerFileUrl = (customerId: string) => browser.runtime.getURL(`/options.html#customer=${customerId}`);

/** Refreshes, without waiting, the care suggestions and the badge of the customers an edit touched. */
function refreshCare(ids: string[], { care }: RequestContext): void {
  inBackground(care.refresh(ids), 'care refresh');
}

/**
 * Editing customer files from the options page and the sidebar. Every write
 * lands in the database the sidebars' live queries watch, so open cards follow.
 */
export const editHandlers: EditHandlers = {
  'customer/get': (request, { db }) => getCustomerForEdit(db, request.id),

  'customer/update': async (request, context) => {
    const { db, loyalty } = context;
    try {
      // The wallet estimates change the loyalty type: the edit and the rescoring commit together.
      await loyalty.writeAndRescore(request.id, () =>
        updateCustomer(db, request.id, request.patch, request.expectedUpdatedAt, { base: request.base, force: request.force }),
      );
    } catch (error) {
      if (error instanceof EditConflictError) return { status: 'conflict', fields: error.fields, current: error.current };
      if (error instanceof CustomerValidationError) return { status: 'invalid', issues: error.issues };
      throw error;
    }
    // The dates and tier change the care suggestions: answer with the row as it stands after the rescoring,
    // so the editor's next save starts from it.
    refreshCare([request.id], context);
    return { status: 'saved', customer: (await getCustomerForEdit(db, request.id)).customer };
  },

  'customer/identity-add': async (request, { db }) => {
    try {
      return { status: 'saved', identity: await addIdentity(db, request.customerId, { kind: request.kind, value: request.value }) };
    } catch (error) {
      if (error instanceof CustomerValidationError) return { status: 'invalid', issues: error.issues };
      throw error;
    }
  },

  'customer/identity-remove': (request, { db }) => removeIdentity(db, request.identityId),

  'customer/merge': async (request, context) => {
    const merged = await context.loyalty.writeAndRescore(request.keepId, () => mergeCustomers(context.db, request.keepId, request.mergeId));
    refreshCare([request.keepId, request.mergeId], context);
    return (await getCustomerForEdit(context.db, merged.id)).customer;
  },

  'customer/delete': async (request, context) => {
    const deleted = await deleteCustomer(context.db, request.id);
    refreshCare([request.id], context);
    return deleted;
  },

  'customer/undelete': async (request, context) => {
    const result = await context.loyalty.writeAndRescore(request.id, () => undoDelete(context.db, request.id));
    refreshCare([request.id], context);
    return result;
  },

  'customer/open-file': async (request) => {
    await browser.tabs.create({ url: customerFileUrl(request.id) });
    return { opened: true };
  },

  'customer/find': async (request, { db }) =>
    (await findCustomers(db, request.query)).map((customer) => ({ id: customer.id, name: customer.name, company: customer.company.name })),
};
