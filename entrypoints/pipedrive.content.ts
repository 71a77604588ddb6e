import { pipedriveAdapter } from '../lib/recognition/adapters/pipedrive';
import { defineSiteContentScript } from '../lib/sidebar-host/site-content-script';
import { pipedriveHosts } from '../lib/sites/site-hosts';

export default defineSiteContentScript(pipedriveHosts, pipedriveAdapter);
