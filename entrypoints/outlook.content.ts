import { outlookAdapter } from '../lib/recognition/adapters/outlook';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { outlookHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(outlookHosts, outlookAdapter);
