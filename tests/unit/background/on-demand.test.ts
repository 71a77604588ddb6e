import { describe, expect, it } from 'vitest';
import { withHint } from '../../../lib/background/on-demand';
import type { PageReport } from '../../../lib/messaging/content-protocol';

const report = (people: NonNullable<PageReport['context']>['people'] | null): PageReport => ({
  type: 'page/report',
  url: 'https://www.jinlong-jewellery.cn/contact',
  theme: 'light',
  context: people ? { site: 'any-page', kind: 'other', people, externalIds: [] } : null,
});

describe('the person the user right-clicked', () => {
  it('comes first and is the one the sidebar shows', () => {
    const [page, key] = withHint(report([{ email: 'press@jinlong-jewellery.cn', role: 'mentioned' }]), {
      linkUrl: 'mailto:Wang.Fang@jinlong-jewellery.cn',
    });
    expect(page.context?.people.map((person) => person.email)).toEqual([
      'Wang.Fang@jinlong-jewellery.cn',
      'press@jinlong-jewellery.cn',
    ]);
    expect(key).toBe('email:wang.fang@jinlong-jewellery.cn');
  });

  it('makes a page that yielded nothing into one with that person', () => {
    const [page, key] = withHint(report(null), { selectionText: '138 0013 8000' });
    expect(page.context).toMatchObject({ site: 'any-page', people: [{ phone: '138 0013 8000' }] });
    expect(key).toBe('phone:+8613800138000');
  });

  it('leaves the report as it was when the selection names nobody', () => {
    const original = report([]);
    expect(withHint(original, { selectionText: 'x'.repeat(100) })).toEqual([original, undefined]);
  });
});
