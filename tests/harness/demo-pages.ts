/** Where the bundled demo pages live under their real host names. */
export const GMAIL_INBOX_URL = 'https://mail.google.com/mail/u/0/';
export const gmailThreadUrl = (threadId: string, theme?: 'dark') =>
  `${GMAIL_INBOX_URL}${theme ? `?theme=${theme}` : ''}#inbox/${threadId}`;

/** Thread ids of tests/fixtures/sites/mail.google.com/gmail.js. */
export const DEMO_THREADS = {
  wangFang: '18c2f0a1b2c3d4e5',
  emilyCarter: '18c2f0a1b2c3d4e6',
  unknownSender: '18c2f0a1b2c3d4e7',
  /** 王芳 writing from a new address at her company: suggested, not taken, until confirmed. */
  wangFangNewAddress: '18c2f0a1b2c3d4e8',
  chenZhiqiang: '18c2f0a1b2c3d4e9',
  /** Not a demo customer: tests/fixtures/csv/import-ui-gbk.csv brings her in. */
  hanMeimei: '18c2f0a1b2c3d4ea',
  /** Not a demo customer: tests/browser/import.test.ts writes her through the import worker alone. */
  songJia: '18c2f0a1b2c3d4eb',
} as const;
