import { describe, expect, it } from 'vitest';
import { requestSchema, sidebarPortMessageSchema } from '../../../lib/messaging/protocol';
import { toContentSchema } from '../../../lib/messaging/content-protocol';
import { pageReportSchema } from '../../../lib/messaging/page-report';

describe('message validation', () => {
  it.each([
    ['an unknown type', { type: 'customer/delete-all' }],
    ['a log for a customer id that is not a UUID', { type: 'interaction/log', customerId: '1', interactionType: 'call' }],
    ['a log of an unknown interaction type', { type: 'interaction/log', customerId: crypto.randomUUID(), interactionType: 'fax' }],
    ['a customer without a valid e-mail', { type: 'customer/create', name: 'X', email: 'not-an-address' }],
    ['a customer with a blank name', { type: 'customer/create', name: '   ', email: 'a@b.co' }],
    ['a settings patch out of range', { type: 'settings/update', patch: { duplicateLogWindowMinutes: 99999 } }],
    ['no object at all', 'demo/load'],
  ])('rejects %s', (_case, message) => {
    expect(requestSchema.safeParse(message).success).toBe(false);
  });

  it('accepts a well-formed log request', () => {
    const message = { type: 'interaction/log', customerId: crypto.randomUUID(), interactionType: 'meeting' };
    expect(requestSchema.parse(message)).toEqual(message);
  });

  it.each([
    ['a page report with a context of the wrong shape', pageReportSchema, { type: 'page/report', url: 'https://x', theme: 'light', context: { site: 'x' } }],
    ['a page report with an unknown theme', pageReportSchema, { type: 'page/report', url: 'https://x', theme: 'blue', context: null }],
    ['a content message of an unknown type', toContentSchema, { type: 'sidebar/destroy' }],
    ['a sidebar state that does not exist', toContentSchema, { type: 'sidebar/set-state', state: 'maximised' }],
    ['a port message without a person key', sidebarPortMessageSchema, { type: 'select' }],
  ])('rejects %s', (_case, schema, message) => {
    expect(schema.safeParse(message).success).toBe(false);
  });
});
