import { hubspotAdapter } from '../lib/recognition/adapters/hubspot';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { hubspotHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(hubspotHosts, hubspotAdapter);
