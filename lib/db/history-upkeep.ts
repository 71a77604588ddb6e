import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { HISTORY_SOURCES, patchHistory, type HistorySource } from './customer-history';
import { derivedTableScope } from './derived-table-scope';
import type { CustomerHistory } from './schema';

const HISTORIES = 'histories';
const isSource = (name: string): name is HistorySource => (HISTORY_SOURCES as readonly string[]).includes(name);
/** Dexie's range of every key (its AnyRange), for a table cleared whole. */
const EVERY_KEY = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

type SourceRow = { id: string; customerId: string };

/**
 * Keeps each customer's history row (lib/db/customer-history.ts) in step with the four tables it is made of, in the
 * same transaction as the write: whatever writes (a log, the care pass, an import, a merge, a restore) cannot forget
 * it, and no reader ever sees the two apart. It sits at Dexie's lowest layer (DBCore), under every Table method, and
 * above Dexie's own change tracking, so that a live query that read a history row hears of its patch.
 *
 * A row is patched only when it exists: customers without one (new, imported, or whose row could not be patched) are
 * read from the tables and built by lib/background/history-keeper.ts.
 */
export const historyUpkeep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'HistoryUpkeep',
  create: (down) => {
    // Patches of one transaction run one after another: two writes sent at once (a restore's tables, Promise.all)
    // would otherwise each read the same history row and the second put would lose the first's patch.
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    const inTurn = (trans: DBCoreTransaction, run: () => Promise<void>) => {
      const next = (queues.get(trans) ?? Promise.resolve()).then(run);
      queues.set(trans, next.catch(() => undefined));
      return next;
    };
    // Customers added in a transaction have no history row (a row is built only for a stored customer, and ids are new
    // UUIDs): their rows are not asked for. An import into an empty base asked for one per customer, in every chunk.
    const addedCustomers = new WeakMap<DBCoreTransaction, Set<string>>();
    const scope = derivedTableScope(down, HISTORIES, isSource);
    return {
      transaction: scope.transaction,
      table: (name) => {
        const table = down.table(name);
        if (name === 'customers') return { ...table, mutate: (request) => noteAddedCustomers(table, request, addedCustomers) };
        if (!isSource(name) || !scope.present()) return table;
        const histories = down.table(HISTORIES);
        const context: PatchContext = { histories, inTurn, addedIn: (trans) => addedCustomers.get(trans) };
        return { ...table, mutate: (request) => mutateAndPatch(table, name, request, context) };
      },
    };
  },
};

interface PatchContext {
  histories: DBCoreTable;
  inTurn: (trans: DBCoreTransaction, run: () => Promise<void>) => Promise<void>;
  /** The customers this transaction added. */
  addedIn: (trans: DBCoreTransaction) => Set<string> | undefined;
}

async function noteAddedCustomers(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  addedCustomers: WeakMap<DBCoreTransaction, Set<string>>,
): Promise<DBCoreMutateResponse> {
  const response = await table.mutate(request);
  if (request.type === 'add') {
    const added = addedCustomers.get(request.trans) ?? new Set<string>();
    (request.values as { id: string }[]).forEach((row, index) => index in response.failures || added.add(row.id));
    addedCustomers.set(request.trans, added);
  }
  return response;
}

async function mutateAndPatch(
  table: DBCoreTable,
  source: HistorySource,
  request: DBCoreMutateRequest,
  { histories, inTurn, addedIn }: PatchContext,
): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  if (request.type === 'deleteRange' && request.range.type === EVERY_KEY.type) {
    // A table cleared whole (a restore, which clears the histories too): they are built again afterwards.
    const response = await table.mutate(request);
    await inTurn(trans, () => histories.mutate({ type: 'deleteRange', trans, range: EVERY_KEY }).then(() => undefined));
    return response;
  }
  // A deleted row's customer is only known from the row.
  const deleted =
    request.type === 'delete'
      ? ((await table.getMany({ trans, keys: request.keys })) as (SourceRow | undefined)[])
      : request.type === 'deleteRange'
        ? ((await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: request.range } })).result as SourceRow[])
        : [];
  const response = await table.mutate(request);
  const written =
    request.type === 'delete' || request.type === 'deleteRange'
      ? deleted.flatMap((row) => (row ? [{ row, gone: true }] : []))
      : (request.values as SourceRow[]).flatMap((row, index) => (index in response.failures ? [] : [{ row, gone: false }]));
  const added = addedIn(trans);
  const patchable = added ? written.filter(({ row }) => !added.has(row.customerId)) : written;
  if (patchable.length > 0) await inTurn(trans, () => patchHistories(histories, trans, source, patchable));
  return response;
}

/**
 * The customer a row goes to is patched. A row's customerId changes only in a merge, which deletes the history row of
 * the customer it left (customer-merge.ts): reading the old rows back for every write would cost the care pass and
 * imports a read per row.
 */
async function patchHistories(
  histories: DBCoreTable,
  trans: DBCoreTransaction,
  source: HistorySource,
  written: { row: SourceRow; gone: boolean }[],
): Promise<void> {
  const customerIds = [...new Set(written.map(({ row }) => row.customerId))];
  const rows = (await histories.getMany({ trans, keys: customerIds })) as (CustomerHistory | undefined)[];
  const byCustomer = new Map(rows.flatMap((row) => (row ? [[row.customerId, row] as const] : [])));
  if (byCustomer.size === 0) return;
  const patched = new Map<string, CustomerHistory | undefined>();
  for (const { row, gone } of written) {
    if (!byCustomer.has(row.customerId)) continue;
    const current = patched.has(row.customerId) ? patched.get(row.customerId) : byCustomer.get(row.customerId);
    patched.set(row.customerId, current && patchHistory(current, source, row as never, gone));
  }
  const kept = [...patched.values()].filter((row): row is CustomerHistory => !!row);
  const dropped = [...patched].filter(([, row]) => !row).map(([customerId]) => customerId);
  if (kept.length > 0) await histories.mutate({ type: 'put', trans, values: kept });
  if (dropped.length > 0) await histories.mutate({ type: 'delete', trans, keys: dropped });
}
