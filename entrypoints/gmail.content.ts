import { gmailAdapter } from '../lib/recognition/adapters/gmail';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { gmailHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(gmailHosts, gmailAdapter);
