import { config } from 'zod';

// Imported first, before any schema is built. zod's probe for eval succeeds while this bundle is
// evaluated through the debugger protocol, then its compiled parsers fail under the extension
// page's CSP ('unsafe-eval' not allowed). The app's own bundles never see eval allowed.
config({ jitless: true });
