/**
 * One saved page per site reader (tests/fixtures/pages, the pages the adapters' unit tests read) and the URL it
 * is read at, for the extraction benchmark: each is padded to the benchmark's page size with the host's own
 * chrome and read by the product's readPage(), which picks the adapter by the URL.
 */
export interface ExtractionCase {
  site: string;
  page: string;
  url: string;
}

const OUTLOOK_CONVERSATION = encodeURIComponent('AAQkADAwATM3ZmYAZS05ZDAxLTk1YzgtMDACLTAwCgAQAFvH2+qCz0xPmZ1vR7sLk0E=');
const NETEASE_READ = encodeURIComponent(`read.ReadModule|${JSON.stringify({ area: 'normal', isThread: false, id: '262:1tbiXBJ5K2Vx0a9wJAAAsE', fid: 1 })}`);

export const SITE_EXTRACTION_CASES: ExtractionCase[] = [
  { site: 'outlook', page: 'outlook/thread.html', url: `https://outlook.office.com/mail/inbox/id/${OUTLOOK_CONVERSATION}` },
  { site: 'qq-mail', page: 'qq-mail/reader-new.html', url: 'https://wx.mail.qq.com/home/index#/list/1' },
  { site: 'netease-mail', page: 'netease-mail/read.html', url: `https://mail.163.com/js6/main.jsp?sid=VBkTzqPLnXaEyBQd&df=mail163_letter#module=${NETEASE_READ}` },
  { site: 'salesforce', page: 'salesforce/contact.html', url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAF/view' },
  { site: 'hubspot', page: 'hubspot/contact.html', url: 'https://app.hubspot.com/contacts/2418877/record/0-1/51734801' },
  { site: 'zoho-crm', page: 'zoho-crm/contact.html', url: 'https://crm.zoho.com/crm/org60012345/tab/Contacts/4876876000000123456' },
  {
    site: 'dynamics',
    page: 'dynamics/contact.html',
    url: 'https://harbour.crm.dynamics.com/main.aspx?appid=7c1d6b5e-2a3f-4c8d-9e0f-112233445566&pagetype=entityrecord&etn=contact&id=3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c',
  },
  { site: 'pipedrive', page: 'pipedrive/person.html', url: 'https://jinlong.pipedrive.com/person/1042' },
];

/** The any-page reader's page: a page no site adapter serves, read when the user asks, or on a CRM site the user added. */
export const ANY_PAGE_CASE: ExtractionCase = { site: 'any-page', page: 'any-page/supplier-contacts.html', url: 'https://suppliers.example.com/contacts' };
