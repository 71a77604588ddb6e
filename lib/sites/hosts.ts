/**
 * Every host the sidebar is injected into. The content script's `matches`, the
 * iframe's web_accessible_resources and the browser tests' host mapping all read
 * this one list, so adding a site is one line here plus an adapter.
 */
export const SUPPORTED_HOST_PATTERNS = [
  // Webmail
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://mail.qq.com/*',
  'https://exmail.qq.com/*',
  'https://wx.mail.qq.com/*',
  'https://mail.163.com/*',
  'https://mail.126.com/*',
  'https://qiye.163.com/*',
  'https://mail.qiye.163.com/*',
  // Web CRMs
  'https://*.lightning.force.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.com.cn/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  // Dynamics 365 regions: North America, EMEA, Asia-Pacific, Japan.
  'https://*.crm.dynamics.com/*',
  'https://*.crm4.dynamics.com/*',
  'https://*.crm5.dynamics.com/*',
  'https://*.crm7.dynamics.com/*',
  'https://*.pipedrive.com/*',
] as const;
