import { dynamicsAdapter } from '../lib/recognition/adapters/dynamics';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { dynamicsHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(dynamicsHosts, dynamicsAdapter);
