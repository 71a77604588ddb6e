/** The import worker's entry point, bundled by Vite through `?worker` (see worker-client.ts). */
import { openCustomerDatabase } from '../db/database';
import { serveImports, type ImportWorkerScope } from './worker-serve';

serveImports(self as unknown as ImportWorkerScope, () => openCustomerDatabase());
