import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { fuzzRuns } from './fuzz-config';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { readAnyPage } from '../../../lib/recognition/adapters/any-page';
import { pageContextSchema, type PageContext } from '../../../lib/recognition/page-context';
import { siteAdapters } from '../../../lib/recognition/registry';
import { SUPPORTED_HOST_PATTERNS } from '../../../lib/sites/hosts';
import { fixturesDir } from '../../support/fixtures';
import { applyMutations, buildTree, hostileText, mutationArbitrary, treeArbitrary, vocabulary } from './dom-mutations';

/**
 * Every recogniser, fed thousands of mutated fixture pages, random pages and random URLs:
 * none may throw, and what each returns must pass the page-context schema (readPage would
 * otherwise drop it silently). The slowest extraction is printed, not asserted: timings belong
 * in the benchmarks (happy-dom is not Chromium).
 */
const pagesDir = path.join(fixturesDir, 'pages');
const fixtures = readdirSync(pagesDir).flatMap((site) =>
  readdirSync(path.join(pagesDir, site)).map((file) => ({ name: `${site}/${file}`, html: readFileSync(path.join(pagesDir, site, file), 'utf8') })),
);
// happy-dom would try (and loudly fail) to load a reading frame's src; the frame element itself stays.
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/(<iframe\b[^>]*?)\ssrc=/g, '$1 data-src='), 'text/html');
const FUZZ_TIMEOUT_MS = 300_000;
const names = vocabulary(fixtures.map((fixture) => parse(fixture.html)));

const origins = SUPPORTED_HOST_PATTERNS.map((pattern) => pattern.replace('/*', '').replace('*.', 'acme.'));
const urlArbitrary = fc.oneof(
  fc
    .tuple(fc.constantFrom(...origins), fc.webPath(), fc.webQueryParameters(), fc.webFragments(), hostileText)
    .map(([origin, pathName, query, fragment, extra]) => `${origin}${pathName}?${query}#${fragment}/${encodeURIComponent(extra).slice(0, 500)}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 200 }),
);

const recognisers: { name: string; read(doc: Document, url: URL): PageContext }[] = [
  ...siteAdapters.map((adapter) => ({ name: adapter.site, read: (doc: Document, url: URL) => adapter.read(doc, url) })),
  { name: 'any-page', read: (doc: Document) => readAnyPage(doc) },
];

const stats = { cases: 0, extractions: 0, worstMs: 0, worstCase: '' };
function extractAll(doc: Document, url: URL, label: string): void {
  stats.cases += 1;
  for (const recogniser of recognisers) {
    const started = performance.now();
    const result = recogniser.read(doc, url);
    const elapsed = performance.now() - started;
    stats.extractions += 1;
    if (elapsed > stats.worstMs) Object.assign(stats, { worstMs: elapsed, worstCase: `${recogniser.name} on ${label}` });
    const parsed = pageContextSchema.safeParse(result);
    if (!parsed.success) throw new Error(`${recogniser.name} on ${label}: ${parsed.error.message}`);
  }
}
const toUrl = (raw: string) => {
  try {
    return new URL(raw);
  } catch {
    return new URL('https://mail.google.com/mail/u/0/');
  }
};

afterAll(() => {
  console.info(
    `recognition fuzz: ${stats.cases} pages, ${stats.extractions} extractions, slowest ${stats.worstMs.toFixed(1)} ms (${stats.worstCase}; happy-dom, not a budget)`,
  );
});

describe('the recognisers under fuzzing', () => {
  it('never throw and always return a valid page context on mutated fixture pages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(mutationArbitrary(names), { minLength: 1, maxLength: 8 }),
        urlArbitrary,
        (fixture, mutations, rawUrl) => {
          const doc = parse(fixture.html);
          applyMutations(doc, mutations);
          extractAll(doc, toUrl(rawUrl), fixture.name);
          expect(() => readPage(doc, rawUrl)).not.toThrow();
        },
      ),
      fuzzRuns(300),
    );
  }, FUZZ_TIMEOUT_MS);

  it('never throw and always return a valid page context on random pages built from the sites’ markup', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary(names), { minLength: 1, maxLength: 6 }), urlArbitrary, (trees, rawUrl) => {
        const doc = parse('<!doctype html><html><head><title>x</title></head><body></body></html>');
        for (const tree of trees) doc.body.append(buildTree(doc, tree));
        extractAll(doc, toUrl(rawUrl), 'a random page');
        expect(() => readPage(doc, rawUrl)).not.toThrow();
      }),
      fuzzRuns(300),
    );
  }, FUZZ_TIMEOUT_MS);

  it('readPage answers null or a valid context for any URL string, never an exception', () => {
    const doc = parse(fixtures.find((fixture) => fixture.name === 'gmail/thread.html')!.html);
    fc.assert(
      fc.property(urlArbitrary, (rawUrl) => {
        const result = readPage(doc, rawUrl);
        expect(result === null || pageContextSchema.safeParse(result).success).toBe(true);
      }),
      fuzzRuns(2_000),
    );
  }, FUZZ_TIMEOUT_MS);
});
