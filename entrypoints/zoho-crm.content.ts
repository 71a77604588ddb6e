import { zohoCrmAdapter } from '../lib/recognition/adapters/zoho-crm';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { zohoCrmHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(zohoCrmHosts, zohoCrmAdapter);
