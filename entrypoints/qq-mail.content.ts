import { qqMailAdapter } from '../lib/recognition/adapters/qq-mail';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { qqMailHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(qqMailHosts, qqMailAdapter);
