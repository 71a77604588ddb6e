import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openCustomerDatabase, SCHEMA_V1 } from '../../../lib/db/database';
import { createCustomer, logInteraction } from '../../../lib/db/repository';

/**
 * The pattern every schema change follows: a new Dexie version with new indexes
 * and an upgrade function, tested by opening a database written by the previous
 * version and checking that every row is still there. Version 2 here is the
 * template (it indexes interactions by type and back-fills a field); when the
 * product gets a real version 2, it goes into lib/db/database.ts with a test like this.
 */
describe('schema upgrade pattern', () => {
  it('keeps every row when a version-1 database is opened by a later version', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openCustomerDatabase(name);
    const customer = await createCustomer(v1, { name: 'Emily Carter' }, [
      { kind: 'email', value: 'emily.carter@harbourhotels.com' },
    ]);
    await logInteraction(v1, { customerId: customer.id, type: 'call', summary: 'Delivery delay' });
    const before = await Promise.all(v1.tables.map(async (table) => [table.name, await table.toArray()] as const));
    v1.close();

    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2)
      .stores({ ...SCHEMA_V1, interactions: `${SCHEMA_V1.interactions}, type` })
      .upgrade((tx) =>
        tx
          .table('interactions')
          .toCollection()
          .modify((row: { channel?: string }) => {
            row.channel = 'unknown';
          }),
      );
    await v2.open();

    for (const [tableName, rows] of before) {
      const after = await v2.table(tableName).toArray();
      expect(after.map(({ channel: _channel, ...row }) => row)).toEqual(rows);
    }
    expect(await v2.table('interactions').where('type').equals('call').count()).toBe(1);
    expect((await v2.table('interactions').toArray())[0].channel).toBe('unknown');
    await v2.delete();
  });
});
