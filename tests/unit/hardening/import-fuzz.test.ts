import fc from 'fast-check';
import { fuzzRuns } from './fuzz-config';
import { describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { detectFileEncoding } from '../../../lib/import/encoding';
import { importCustomers, type ImportReport } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';
import { readCsvPreview } from '../../../lib/import/parse';
import { formatRowError } from '../../../lib/import/rows';

/**
 * The CSV import, fed random bytes, broken quoting, huge fields and the wrong encoding:
 * it either refuses the file with a plain message or reports each bad row by line and
 * column, and what it wrote is exactly what it reports (a rejected row leaves nothing).
 */
const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Tier', 'Birthday', 'Tags'];

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.emailAddress(),
  fc.constantFrom('A', 'B', 'C', 'D', '1990-02-30', '1985-03-12', '+86 138 0013 8000', '1.39123E+10', 'sun.li@@qq.com', '王芳'),
  fc.constantFrom('"unclosed', 'a"b', '""', '"', '\r\n', '\n"x"\n', '<img src=x onerror=alert(1)>', '\u0000\u0001', '=HYPERLINK("x")'),
  fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'x'.repeat(length)),
);
/** A row written by a careless exporter: cells quoted or not, sometimes quoted wrongly. */
const rowText = fc
  .array(fc.tuple(cell, fc.constantFrom('plain', 'quoted', 'half-quoted')), { minLength: 1, maxLength: HEADER.length + 2 })
  .map((cells) =>
    cells
      .map(([value, style]) =>
        style === 'quoted' ? `"${value.replaceAll('"', '""')}"` : style === 'half-quoted' ? `"${value}` : value,
      )
      .join(','),
  );
const encodings = ['utf8', 'utf16le', 'latin1'] as const;

async function withDatabase<T>(run: (db: CustomerDatabase) => Promise<T>): Promise<T> {
  const db = openCustomerDatabase(`fuzz-${crypto.randomUUID()}`);
  try {
    return await run(db);
  } finally {
    await db.delete();
  }
}

async function importBlob(db: CustomerDatabase, file: Blob): Promise<ImportReport | Error> {
  try {
    const { encoding } = await detectFileEncoding(file);
    const { headers } = await readCsvPreview(file, encoding);
    return await importCustomers(db, file, { mapping: guessMapping(headers), encoding, chunkBytes: 4096 });
  } catch (error) {
    return error as Error;
  }
}

/** What was written is what the report says, and nothing dangles. */
async function expectConsistent(db: CustomerDatabase, outcome: ImportReport | Error) {
  if (outcome instanceof Error) {
    // A refusal of the whole file is a plain sentence, not a programming error, and writes nothing.
    expect(outcome.constructor.name, outcome.stack).toBe('Error');
    expect(outcome.message.length).toBeGreaterThan(0);
    expect(await db.customers.count()).toBe(0);
    return;
  }
  for (const error of outcome.rejected) {
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.reason.length, formatRowError(error)).toBeGreaterThan(0);
  }
  expect(outcome.imported + outcome.updated + outcome.rejectedRows).toBe(outcome.rows);
  const customerIds = new Set((await db.customers.toArray()).map((customer) => customer.id));
  expect(customerIds.size).toBe(outcome.imported);
  for (const table of [db.identities, db.interactions, db.purchases] as const) {
    for (const row of await table.toArray()) expect(customerIds.has(row.customerId)).toBe(true);
  }
}

describe('the CSV import under fuzzing', () => {
  it('random bytes, with or without a header: a clear refusal or a consistent report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 3_000 }), async (withHeader, bytes) => {
        const head = withHeader ? new TextEncoder().encode(`${HEADER.join(',')}\n`) : new Uint8Array();
        await withDatabase(async (db) => expectConsistent(db, await importBlob(db, new Blob([head, bytes]))));
      }),
      fuzzRuns(150),
    );
  }, 300_000);

  it('rows with broken quoting, huge fields, payloads and the wrong encoding: bad rows named, nothing half-written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowText, { minLength: 1, maxLength: 25 }), fc.constantFrom(...encodings), async (rows, encoding) => {
        const text = [HEADER.join(','), ...rows].join('\r\n');
        const bytes = Buffer.from(encoding === 'utf16le' ? `\uFEFF${text}` : text, encoding);
        await withDatabase(async (db) => expectConsistent(db, await importBlob(db, new Blob([bytes]))));
      }),
      fuzzRuns(150),
    );
  }, 300_000);

  it('a row rejected for one bad cell leaves no trace of its other, valid cells', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), fc.nat(), async (count, badIndex) => {
        const bad = badIndex % count;
        const rows = Array.from({ length: count }, (_, i) =>
          [`Person ${i}`, i === bad ? 'broken@@example.com' : `person${i}@example.com`, '', 'Acme', 'A', '', ''].join(','),
        );
        await withDatabase(async (db) => {
          const report = await importBlob(db, new Blob([[HEADER.join(','), ...rows].join('\n')]));
          if (report instanceof Error) throw report;
          expect(report.rejected.map(formatRowError)).toEqual([`line ${bad + 2}, column Email: "broken@@example.com" is not an e-mail address`]);
          expect(await db.customers.where('name').equals(`Person ${bad}`).count()).toBe(0);
          expect(await db.customers.count()).toBe(count - 1);
        });
      }),
      fuzzRuns(40),
    );
  }, 300_000);
});
