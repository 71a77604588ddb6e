import type { SiteAdapter } from './page-context';
import { gmailAdapter } from './adapters/gmail';
import { outlookAdapter } from './adapters/outlook';
import { qqMailAdapter } from './adapters/qq-mail';
import { neteaseMailAdapter } from './adapters/netease-mail';
import { salesforceAdapter } from './adapters/salesforce';
import { hubspotAdapter } from './adapters/hubspot';
import { zohoCrmAdapter } from './adapters/zoho-crm';
import { dynamicsAdapter } from './adapters/dynamics';
import { pipedriveAdapter } from './adapters/pipedrive';

/** Every site adapter, in the order they are tried. One line per site. */
export const siteAdapters: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  qqMailAdapter,
  neteaseMailAdapter,
  salesforceAdapter,
  hubspotAdapter,
  zohoCrmAdapter,
  dynamicsAdapter,
  pipedriveAdapter,
];
