/**
 * Mail domains that anyone can sign up for: an address there says nothing about
 * the company, so they are never used to match a customer by domain.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // International
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.jp',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de',
  'mail.com', 'zoho.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'web.de', 'hey.com', 'fastmail.com',
  // Mainland China, Hong Kong and Taiwan
  'qq.com', 'vip.qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'vip.163.com', 'vip.126.com', '188.com',
  'sina.com', 'sina.cn', 'vip.sina.com', 'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn', 'tom.com', '21cn.com',
  'netvigator.com', 'yahoo.com.hk', 'yahoo.com.tw', 'hinet.net',
]);
