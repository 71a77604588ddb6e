import { readAnyPage } from '../lib/recognition/adapters/any-page';
import { reportOnce } from '../lib/sidebar-host/report-once';

// Injected into a page without a site adapter when the user asks for the sidebar there.
export default defineUnlistedScript(() => {
  void reportOnce(readAnyPage(document));
});
