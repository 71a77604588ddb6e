/**
 * What the extraction benchmark's page runs (bundled by esbuild): the product's readers, and the page set-up.
 * Pages are built with DOM calls or parsed by DOMParser from our own saved pages, whose scripts never run.
 */
export { readPage } from '../../lib/recognition';
export { readAnyPage } from '../../lib/recognition/adapters/any-page';
export { buildGmailSizedPage } from './extraction-page';

/** Replaces the document's content with a saved page of a site. */
export function showSavedPage(html: string): void {
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(saved.documentElement), document.documentElement);
}

/**
 * Pads the page to `totalElements` with what surrounds a record or a message on a real site (navigation,
 * lists, toolbars): rows of table cells with a little text each, put before the page's own content.
 */
export function padPage(totalElements: number): void {
  const chrome = document.createElement('div');
  document.body.prepend(chrome);
  const all = document.getElementsByTagName('*');
  for (let row = 0; all.length < totalElements; row++) {
    const table = document.createElement('table');
    const tr = table.insertRow();
    for (let cell = 0; cell < 4 && all.length < totalElements - 2; cell++) {
      const span = document.createElement('span');
      span.textContent = `Row ${row}: weekly report, open tasks and other records`;
      tr.insertCell().append(span);
    }
    chrome.append(table);
  }
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
