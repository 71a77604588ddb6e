import { describe, expect, it } from 'vitest';
import { customerPatchSchema, toFieldIssues } from '../../../lib/db/customer-patch';
import { customerSchema } from '../../../lib/db/schema';
import { customerToDraft, draftToPatch, fieldOf, rebaseDraft, setField } from '../../../lib/editing/draft';
import { issuesByField, issueText } from '../../../lib/editing/issue-text';
import { translator } from '../../../lib/i18n';
import { customerIdFromHash } from '../../../components/options/CustomersArea';

const wang = customerSchema.parse({
  id: crypto.randomUUID(),
  createdAt: 1,
  updatedAt: 1,
  name: '王芳',
  title: '采购总监',
  company: { name: '金龙', valueToUs: 80000 },
  preferences: { likes: ['翡翠'], dislikes: [] },
  importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }],
  firstDealAt: Date.UTC(2021, 4, 6),
});
const draft = customerToDraft(wang);

describe('the edit form', () => {
  it('sends nothing for an untouched file', () => {
    expect(draftToPatch(draft, draft)).toEqual({});
  });

  it.each([
    ['a cleared title', 'title', '', { title: null }],
    ['a company field', 'company.location', ' 深圳 ', { company: { location: '深圳' } }],
    ['a value typed with a thousands separator', 'company.valueToUs', '120,000', { company: { valueToUs: 120000 } }],
    ['likes one per line', 'preferences.likes', '翡翠\n\n 普洱茶 ', { preferences: { likes: ['翡翠', '普洱茶'] } }],
    ['tags with Chinese commas', 'tags', 'VIP，批发, 深圳', { tags: ['VIP', '批发', '深圳'] }],
    ['a day of a date', 'importantDates.0.day', '16', { importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 16 }] }],
    ['a first deal date', 'firstDealAt', '2020-01-02', { firstDealAt: Date.UTC(2020, 0, 2) }],
    ['a wallet estimate', 'wallet.spendPerYear', '500 000', { wallet: { spendPerYear: 500000 } }],
  ])('turns %s into the stored value', (_case, field, value, patch) => {
    const result = draftToPatch(setField(draft, field, value), draft);
    expect(result).toEqual(patch);
    expect(customerPatchSchema.safeParse(result).success).toBe(true);
  });

  it.each([
    ['text in a number field', 'company.valueToUs', 'lots', 'company.valueToUs', 'Enter a number.'],
    ['an empty name', 'name', ' ', 'name', 'Required.'],
    ['month 13', 'importantDates.0.month', '13', 'importantDates.0.month', 'At most 12.'],
    ['a wallet of zero', 'wallet.purchasesPerYear', '0', 'wallet.purchasesPerYear', 'Must be more than 0.'],
  ])('puts the error for %s on its field, in words', (_case, field, value, errorField, text) => {
    const parsed = customerPatchSchema.safeParse(draftToPatch(setField(draft, field, value), draft));
    expect(parsed.success).toBe(false);
    const issues = issuesByField(toFieldIssues(parsed.error!));
    expect([...issues.keys()]).toEqual([errorField]);
    expect(issueText(translator('en'), issues.get(errorField)!)).toBe(text);
    expect(issueText(translator('zh-CN'), issues.get(errorField)!)).not.toBe(text);
  });

  it.each([
    [['preferences', 'likes', 3], 'preferences.likes'],
    [['tags', 0], 'tags'],
    [['importantDates', 1, 'day'], 'importantDates.1.day'],
    [[], ''],
  ])('shows an issue at %j on the field %s', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });

  it('after a conflict, reloads the stored file but keeps the user\'s edits of other fields', () => {
    const mine = setField(setField(draft, 'title', '总经理'), 'company.channel', '门店');
    const theirs = setField(setField(draft, 'title', '副总'), 'company.location', '广州');
    const rebased = rebaseDraft(mine, draft, theirs, ['title']);
    expect(rebased.title).toBe('副总');
    expect(rebased.company).toMatchObject({ channel: '门店', location: '广州' });
  });
});

describe('the deep link to a customer file', () => {
  it.each([
    ['#customer=0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['#customer=not-an-id', undefined],
    ['#customer=0f8fad5b-d9cb-469f-a165-70867728950e&x=1', undefined],
    ['', undefined],
  ])('%s opens %s', (hash, id) => {
    expect(customerIdFromHash(hash)).toBe(id);
  });
});
