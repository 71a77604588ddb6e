import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgendaCache } from '../../../lib/background/agenda-cache';
import { HistoryKeeper } from '../../../lib/background/history-keeper';
import { CareService } from '../../../lib/background/care-service';
import { LoyaltyService } from '../../../lib/background/loyalty-service';
import { handlers, type RequestContext } from '../../../lib/background/requests';
import { TabPages } from '../../../lib/background/tab-pages';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import { createCustomer, findCustomerIdsByKeys } from '../../../lib/db/repository';
import { requestSchema, responseSchemas, type Request, type ResponseOf } from '../../../lib/messaging/protocol';

let db: CustomerDatabase;
let context: RequestContext;
/** Customers whose care suggestions the handlers asked to refresh (the care rules have their own tests). */
let refreshed: string[];
beforeEach(() => {
  db = openCustomerDatabase(`edit-${crypto.randomUUID()}`);
  refreshed = [];
  const care = { refresh: async (ids: string[] = []) => void refreshed.push(...ids) } as unknown as CareService;
  context = { db, agenda: new AgendaCache(db), loyalty: new LoyaltyService(db), care, pages: new TabPages(), histories: new HistoryKeeper(db) };
});
afterEach(async () => {
  context.agenda.close();
  await db.delete();
});

/** As the background answers a page: the request parsed, the answer checked against its response schema. */
async function send<T extends Request['type']>(message: Extract<Request, { type: T }>) {
  const request = requestSchema.parse(message) as Extract<Request, { type: T }>;
  const handle = handlers[request.type] as (r: typeof request, c: RequestContext) => Promise<unknown>;
  return responseSchemas[request.type].parse(await handle(request, context)) as ResponseOf<T>;
}

const addWang = () =>
  createCustomer(db, { name: '王芳', company: { name: '金龙' } }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);

describe('editing requests', () => {
  it('saves an edit and answers with the stored file', async () => {
    const wang = await addWang();
    const { customer } = await send({ type: 'customer/get', id: wang.id });
    const result = await send({
      type: 'customer/update', id: wang.id, patch: { tier: 'A' }, expectedUpdatedAt: customer.updatedAt, base: customer,
    });
    expect(result).toMatchObject({ status: 'saved', customer: { tier: 'A' } });
    expect(result.status === 'saved' && result.customer).toEqual(await db.customers.get(wang.id));
  });

  it('answers an invalid field with issues on that field, and a clash with the conflicting fields', async () => {
    const wang = await addWang();
    const invalid = await send({
      type: 'customer/update', id: wang.id, patch: { company: { valueToUs: -1 } }, expectedUpdatedAt: wang.updatedAt, base: wang,
    });
    expect(invalid).toMatchObject({ status: 'invalid', issues: [{ path: ['company', 'valueToUs'], code: 'too_small' }] });
    await send({ type: 'customer/update', id: wang.id, patch: { title: '副总' }, expectedUpdatedAt: wang.updatedAt, base: wang });
    const clash = await send({ type: 'customer/update', id: wang.id, patch: { title: '总经理' }, expectedUpdatedAt: wang.updatedAt, base: wang });
    expect(clash).toMatchObject({ status: 'conflict', fields: ['title'], current: { title: '副总' } });
  });

  it('adds and removes identifiers, merges, deletes and undoes', async () => {
    const wang = await addWang();
    const other = await createCustomer(db, { name: 'Wang Fang' }, [{ kind: 'email', value: 'wf@qq.com' }]);
    const added = await send({ type: 'customer/identity-add', customerId: wang.id, kind: 'phone', value: '13800138000' });
    expect(added.status).toBe('saved');
    const taken = await send({ type: 'customer/identity-add', customerId: wang.id, kind: 'email', value: 'wf@qq.com' });
    expect(taken).toMatchObject({ status: 'invalid', issues: [{ code: 'taken', params: { name: 'Wang Fang' } }] });

    await send({ type: 'customer/merge', keepId: wang.id, mergeId: other.id });
    const qq = identityKey('email', 'wf@qq.com');
    expect(await findCustomerIdsByKeys(db, [qq])).toEqual(new Map([[qq, wang.id]]));
    expect(refreshed).toEqual([wang.id, other.id]);

    await send({ type: 'customer/delete', id: wang.id });
    expect(await findCustomerIdsByKeys(db, [qq])).toEqual(new Map());
    expect((await send({ type: 'customer/undelete', id: wang.id })).skipped).toEqual([]);
    expect(await findCustomerIdsByKeys(db, [qq])).toEqual(new Map([[qq, wang.id]]));
  });

  it.each([
    ['an update without the loaded stamp', { type: 'customer/update', id: crypto.randomUUID(), patch: {} }],
    ['an identifier of a kind the user cannot add', { type: 'customer/identity-add', customerId: crypto.randomUUID(), kind: 'domain', value: 'x.cn' }],
    ['a merge with an id that is not a UUID', { type: 'customer/merge', keepId: '1', mergeId: crypto.randomUUID() }],
  ])('rejects %s before any handler runs', (_case, message) => {
    expect(requestSchema.safeParse(message).success).toBe(false);
  });
});
