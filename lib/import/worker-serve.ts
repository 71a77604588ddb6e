import type { CustomerDatabase } from '../db/database';
import { ImportAbortedError, importCustomers } from './import-customers';
import { CsvFormatError } from './parse';
import { toWorkerSchema, type FromWorker } from './worker-protocol';

/** The part of a DedicatedWorkerGlobalScope the import worker uses; tests pass a fake. */
export interface ImportWorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * Runs imports off the options page's thread. The worker opens the extension's
 * own database (same origin as the background); Dexie tells the other contexts
 * of each committed chunk, and the page tells the background when it is over
 * so that it rescores.
 */
export function serveImports(scope: ImportWorkerScope, openDatabase: () => CustomerDatabase): void {
  let db: CustomerDatabase | undefined;
  let running: AbortController | undefined;

  scope.addEventListener('message', (event) => {
    const parsed = toWorkerSchema.safeParse(event.data);
    if (!parsed.success) {
      scope.postMessage({ type: 'failed', message: `invalid message to the import worker: ${parsed.error.message}` });
      return;
    }
    const message = parsed.data;
    if (message.type === 'cancel') {
      running?.abort();
      return;
    }
    if (running) {
      scope.postMessage({ type: 'failed', message: 'an import is already running' });
      return;
    }
    const controller = new AbortController();
    running = controller;
    db ??= openDatabase();
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    importCustomers(db, message.file, {
      mapping: message.mapping,
      encoding: message.encoding,
      chunkBytes: message.chunkBytes,
      signal: controller.signal,
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    })
      .then((report) => scope.postMessage({ type: 'done', report, seconds: seconds() }))
      .catch((error: unknown) => {
        if (error instanceof ImportAbortedError) scope.postMessage({ type: 'cancelled', report: error.report, seconds: seconds() });
        else if (error instanceof CsvFormatError) {
          scope.postMessage({ type: 'failed', message: error.message, failure: { code: 'unclosedQuote', line: error.line } });
        } else scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        running = undefined;
      });
  });
}
