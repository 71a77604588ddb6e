/**
 * Each site's host patterns, one const per site: a site's content script imports
 * only its own (lib/sites/hosts.ts gathers them all for the manifest and tests).
 */
// Webmail
export const gmailHosts = ['https://mail.google.com/*'] as const;
export const outlookHosts = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
export const qqMailHosts = ['https://mail.qq.com/*', 'https://exmail.qq.com/*', 'https://wx.mail.qq.com/*'] as const;
export const neteaseMailHosts = ['https://mail.163.com/*', 'https://mail.126.com/*', 'https://qiye.163.com/*', 'https://mail.qiye.163.com/*'] as const;
// Web CRMs
export const salesforceHosts = ['https://*.lightning.force.com/*'] as const;
export const hubspotHosts = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] as const;
export const zohoCrmHosts = ['https://crm.zoho.com/*', 'https://crm.zoho.com.cn/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*'] as const;
// Dynamics 365 regions: North America, EMEA, Asia-Pacific, Japan.
export const dynamicsHosts = ['https://*.crm.dynamics.com/*', 'https://*.crm4.dynamics.com/*', 'https://*.crm5.dynamics.com/*', 'https://*.crm7.dynamics.com/*'] as const;
export const pipedriveHosts = ['https://*.pipedrive.com/*'] as const;

