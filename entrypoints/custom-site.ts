import { startCustomSiteReader } from '../lib/sidebar-host/custom-site';

// Registered at run time (lib/background/custom-sites.ts) on the CRM sites the user granted.
export default defineUnlistedScript(() => {
  startCustomSiteReader(document, window);
});
