import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { zhCN } from '../../../lib/i18n/zh-CN';
import { frameLabels } from '../../../lib/i18n/frame-labels';
import { resolveLocale, translator } from '../../../lib/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI text', () => {
  it.each(Object.keys(en) as (keyof typeof en)[])('%s is translated with the same placeholders', (id) => {
    expect(zhCN[id].trim()).not.toBe('');
    expect(zhCN[id]).not.toBe(en[id]);
    expect(placeholders(zhCN[id])).toEqual(placeholders(en[id]));
  });

  it('has the content script labels in both languages', () => {
    expect(Object.keys(frameLabels['zh-CN'])).toEqual(Object.keys(frameLabels.en));
  });

  it.each([
    ['auto', 'zh-CN', 'zh-CN'],
    ['auto', 'zh-TW', 'zh-CN'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
  ] as const)('setting %s with browser %s shows %s', (setting, browserLanguage, expected) => {
    expect(resolveLocale(setting, browserLanguage)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('zh-CN');
    expect(t('log.logged', { type: '电话' })).toBe('已记录电话。');
    expect(translator('en')('card.tier')).toBe('Tier {tier}');
  });
});
