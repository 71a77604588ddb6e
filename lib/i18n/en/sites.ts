/** English UI text: the options page's "Your own CRM sites" (optional host permissions). */
export const sites = {
  'sites.title': 'Your own CRM sites',
  'sites.explain':
    'A web CRM that is not built in can be read too: add its address and allow access when the browser asks. On those sites the customer shows in the browser’s side panel (the toolbar button opens it), never inside the page. Only the sites listed here are read.',
  'sites.address': 'Site address',
  'sites.placeholder': 'crm.example.com or *.example.com',
  'sites.allow': 'Allow',
  'sites.list': 'Sites you allowed',
  'sites.none': 'No site added yet.',
  'sites.remove': 'Remove',
  'sites.removeLabel': 'Remove access to {site}',
  'sites.added': 'Access to {site} allowed. Open or reload a page there; the toolbar button shows its customer in the side panel.',
  'sites.refused': 'The browser did not allow access to {site}, so nothing was added.',
  'sites.removed': 'Access to {site} removed.',
  'sites.failed': 'Access could not be changed: {message}',
  'sites.issue.required': 'Enter the address of the site, for example crm.example.com.',
  'sites.issue.https': 'Only https:// sites can be added.',
  'sites.issue.port': 'Leave out the port: access is given for the whole host name.',
  'sites.issue.broad': 'Too broad: name one site, or one company’s domain as *.example.com, not every site.',
  'sites.issue.wildcard': 'A * may only stand first, for every subdomain of a name: *.example.com.',
  'sites.issue.host': 'This is not a site address. Enter a host name such as crm.example.com.',
  'sites.issue.builtIn': 'This site is built in already: it needs no access from you.',
} as const;
