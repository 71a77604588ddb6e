import { neteaseMailAdapter } from '../lib/recognition/adapters/netease-mail';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { neteaseMailHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(neteaseMailHosts, neteaseMailAdapter);
