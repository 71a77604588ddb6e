/**
 * What the extraction benchmark's page runs (bundled by esbuild): the product's readers, and the page set-up.
 * Pages are built with DOM calls or parsed by DOMParser from our own saved pages, whose scripts never run.
 */
export { readPage } from '../../lib/recognition';
export { readAnyPage } from '../../lib/recognition/adapters/any-page';
export { buildGmailSizedPage, padPage } from './extraction-page';

/** Replaces the document's content with a saved page of a site. */
export function showSavedPage(html: string): void {
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(saved.documentElement), document.documentElement);
}

/** ms per call of `read`, in batches of 20 (performance.now() is coarsened to 0.1 ms in pages), after warming up. */
export function timeReads(read: () => unknown, batches = 40, perBatch = 20): number[] {
  for (let i = 0; i < perBatch; i++) read();
  const times: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) read();
    times.push((performance.now() - start) / perBatch);
  }
  return times;
}
