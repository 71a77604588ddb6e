import type { DBCore, Middleware } from 'dexie';
import { derivedTableScope } from './derived-table-scope';
import { requestResult } from './raw-requests';
import type { ChangeMark } from './schema';

const CHANGE_MARKS = 'changeMarks';
/** The tables whose writes move their mark: those a reader keeps a copy of (lib/import/contact-owners.ts). */
const MARKED = ['identities'] as const;
type MarkedTable = (typeof MARKED)[number];
const isMarked = (name: string): name is MarkedTable => (MARKED as readonly string[]).includes(name);

/**
 * Gives every write to a marked table a new change mark, in the same transaction, whoever writes (the worker, an
 * extension page, the import's Worker, a restore): a reader that read the mark with its copy knows, by reading it
 * again, whether its copy still holds. A random value, not a counter: no read before the write. At Dexie's lowest
 * layer, as history-upkeep.ts, so that no write path can forget it.
 */
export const changeMarking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeMarking',
  create: (down) => {
    const marks = derivedTableScope(down, CHANGE_MARKS, isMarked);
    return {
      transaction: marks.transaction,
      table: (name) => {
        const table = down.table(name);
        if (!isMarked(name) || !marks.present()) return table;
        const markTable = down.table(CHANGE_MARKS);
        return {
          ...table,
          mutate: async (request) => {
            const response = await table.mutate(request);
            await markTable.mutate({ type: 'put', trans: request.trans, values: [newMark(name)] });
            return response;
          },
        };
      },
    };
  },
};

function newMark(table: MarkedTable): ChangeMark {
  return { table, mark: crypto.randomUUID() };
}

/**
 * The table's mark as the transaction sees it (the transaction must hold changeMarks); undefined before the table's
 * first write, and after a restore.
 */
export function readChangeMark(trans: IDBTransaction, table: MarkedTable): Promise<string | undefined> {
  return requestResult(trans.objectStore(CHANGE_MARKS).get(table)).then((row) => (row as ChangeMark | undefined)?.mark);
}
