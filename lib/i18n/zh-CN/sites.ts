import type { sites as english } from '../en/sites';

/** 简体中文界面文字（与 ../en/sites.ts 一一对应）。 */
export const sites: Record<keyof typeof english, string> = {
  'sites.title': '自有 CRM 网站',
  'sites.explain':
    '未内置的网页版 CRM 也能识别：添加它的地址，并在浏览器询问时允许访问。在这些网站上，客户信息显示在浏览器的侧边栏中（点工具栏按钮打开），绝不放进页面里。只读取这里列出的网站。',
  'sites.address': '网站地址',
  'sites.placeholder': 'crm.example.com 或 *.example.com',
  'sites.allow': '允许',
  'sites.list': '已允许的网站',
  'sites.none': '还没有添加网站。',
  'sites.remove': '移除',
  'sites.removeLabel': '移除对 {site} 的访问权限',
  'sites.added': '已允许访问 {site}。打开或刷新该网站的页面后，点工具栏按钮即可在侧边栏中看到客户。',
  'sites.refused': '浏览器未允许访问 {site}，没有添加。',
  'sites.removed': '已移除对 {site} 的访问权限。',
  'sites.failed': '无法更改访问权限：{message}',
  'sites.issue.required': '请输入网站地址，例如 crm.example.com。',
  'sites.issue.https': '只能添加 https:// 网站。',
  'sites.issue.port': '请去掉端口号：访问权限针对整个主机名。',
  'sites.issue.broad': '范围太大：请填写一个网站，或一家公司的域名（如 *.example.com），不能是所有网站。',
  'sites.issue.wildcard': '* 只能放在最前面，表示某个域名的所有子域名：*.example.com。',
  'sites.issue.host': '这不是网站地址。请输入主机名，例如 crm.example.com。',
  'sites.issue.builtIn': '该网站已内置支持，无需另外授权。',
};
