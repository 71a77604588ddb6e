import { salesforceAdapter } from '../lib/recognition/adapters/salesforce';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { salesforceHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(salesforceHosts, salesforceAdapter);
