import { describe, expect, it } from 'vitest';
import { customerSchema, type Interaction, type Purchase } from '../../../lib/db/schema';
import { careRules, suggestCare } from '../../../lib/care/rules';
import { CARE_RULE_IDS, careSettingsSchema } from '../../../lib/care/settings';
import { DAY_MS, DEFAULT_CARE_SETTINGS, morningOf, type CareContext } from '../../../lib/care/types';

const NOW = new Date('2026-11-23T10:00:00').getTime();
const meta = (at: number) => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at });
const customer = (extra: object = {}) =>
  customerSchema.parse({ ...meta(NOW - 400 * DAY_MS), name: '王芳', tier: 'A', ...extra });
const interaction = (type: Interaction['type'], daysAgo: number, summary = ''): Interaction => ({
  ...meta(NOW - daysAgo * DAY_MS),
  customerId: crypto.randomUUID(),
  type,
  at: NOW - daysAgo * DAY_MS,
  summary,
});
const purchase = (daysAgo: number): Purchase => ({
  ...meta(NOW - daysAgo * DAY_MS),
  customerId: crypto.randomUUID(),
  at: NOW - daysAgo * DAY_MS,
  amount: 100,
  currency: 'CNY',
  product: '珍珠项链',
  quantity: 1,
});
const context = (extra: Partial<CareContext>): CareContext => ({
  customer: customer(),
  interactions: [interaction('call', 1)],
  purchases: [],
  surveys: [{ ...meta(NOW - 30 * DAY_MS), customerId: crypto.randomUUID(), at: NOW - 30 * DAY_MS, recommend: 4 }],
  today: '2026-11-23',
  now: NOW,
  settings: DEFAULT_CARE_SETTINGS,
  ...extra,
});
const kinds = (ctx: CareContext) => suggestCare(ctx).map((s) => s.kind);

describe('care rules', () => {
  it('greets a birthday kept in the lunar calendar on this year’s date, with notice', () => {
    // Lunar 10/16 of 2026 falls on 2026-11-24: within the 3-day notice.
    const ctx = context({ customer: customer({ importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 10, day: 16 }] }) });
    const birthday = suggestCare(ctx).find((s) => s.kind === 'birthday-greeting');
    expect(birthday?.cause).toBe('date:birthday::2026-11-24');
  });

  it('raises nothing for a birthday that is weeks away', () => {
    const ctx = context({ customer: customer({ importantDates: [{ kind: 'birthday', calendar: 'gregorian', month: 12, day: 31 }] }) });
    expect(kinds(ctx)).not.toContain('birthday-greeting');
  });

  it.each([
    ['an unanswered complaint', [interaction('complaint', 2, 'late delivery')], true],
    ['a complaint answered by a call', [interaction('complaint', 2), interaction('call', 1)], false],
  ])('%s: complaint response %s', (_case, interactions, expected) => {
    expect(kinds(context({ interactions })).includes('complaint-response')).toBe(expected);
  });

  it('keeps the contact rhythm by tier and restarts it with any contact', () => {
    const rhythm = (days: number, tier: 'A' | 'C') =>
      suggestCare(context({ customer: customer({ tier }), interactions: [interaction('email', days)] })).find((s) => s.kind === 'regular-contact')!;
    expect(rhythm(20, 'A').due).toBeLessThan(NOW);
    expect(rhythm(20, 'C').due).toBeGreaterThan(NOW);
  });

  it('follows up a recent purchase unless there was contact since', () => {
    expect(kinds(context({ interactions: [], purchases: [purchase(2)] }))).toContain('follow-up');
    expect(kinds(context({ interactions: [interaction('call', 1)], purchases: [purchase(2)] }))).not.toContain('follow-up');
  });

  it('asks for a survey when the last answer is over a year old', () => {
    expect(kinds(context({ purchases: [purchase(100)], surveys: [] }))).toContain('survey');
  });

  it.each([
    [{ type: 'true-loyal', stage: 'repeat-buying', source: 'engine' }, 'thank-you-call'],
    [{ type: 'spurious-loyal', stage: 'switched-away', source: 'engine' }, 'win-back'],
    [{ type: 'potential-loyal', stage: 'repeat-buying', source: 'engine' }, 'follow-up'],
    [{ type: 'spurious-loyal', stage: 'repeat-buying', source: 'engine' }, 'follow-up'],
  ] as const)('follows the loyalty strategy for %j', (loyalty, kind) => {
    expect(kinds(context({ customer: customer({ loyalty }) }))).toContain(kind);
  });

  it.each([
    ['potential-loyal', 'care.reason.barrier'],
    ['spurious-loyal', 'care.reason.earlyWarning'],
    ['disloyal', undefined],
  ] as const)('a %s customer gets %s from the loyalty strategy', (type, reason) => {
    const found = suggestCare(context({ customer: customer({ tier: 'B', loyalty: { type, stage: 'repeat-buying', source: 'engine' } }) }))
      .filter((s) => s.cause.startsWith('barrier:') || s.cause.startsWith('early-warning:'))
      .map((s) => s.reason.id);
    expect(found).toEqual(reason ? [reason] : []);
  });

  it('lets the user switch a rule off', () => {
    const settings = { ...DEFAULT_CARE_SETTINGS, disabled: careRules.map((rule) => rule.id) };
    expect(suggestCare(context({ settings, interactions: [interaction('complaint', 3)] }))).toEqual([]);
  });

  it.each([
    ['on its date', { dueDate: '2026-11-27' }, '2026-11-27'],
    ['without a date, the day after it was made', {}, '2026-11-21'],
  ])('reminds of a promise we made %s', (_case, extra, date) => {
    const promise = { ...interaction('promise', 3, 'send the ring samples'), ...extra };
    const found = suggestCare(context({ interactions: [promise] })).find((s) => s.kind === 'promise-due');
    expect(found).toMatchObject({ due: morningOf(date), cause: `promise:${promise.id}` });
    expect(found?.reason.values.summary).toBe('send the ring samples');
  });

  it.each([
    [14, true],
    [30, false],
  ])('with an A rhythm of %i days, a contact 20 days ago is overdue: %s', (days, overdue) => {
    const settings = { ...DEFAULT_CARE_SETTINGS, rhythmDays: { A: days, B: 30, C: 90 } };
    const rhythm = suggestCare(context({ settings, interactions: [interaction('email', 20)] })).find((x) => x.kind === 'regular-contact');
    expect(rhythm!.due < NOW).toBe(overdue);
  });

  it('forgets an undated promise older than a month', () => {
    expect(kinds(context({ interactions: [interaction('promise', 45, 'samples')] }))).not.toContain('promise-due');
  });

  it('names every rule in the settings list, so that each can be switched off', () => {
    expect([...careRules.map((rule) => rule.id)].sort()).toEqual([...CARE_RULE_IDS].sort());
  });

  it.each([
    [{ rhythmDays: { A: 0, B: 30, C: 90 } }, 'rhythmDays.A'],
    [{ notify: { enabled: true, time: '25:00' } }, 'notify.time'],
    [{ disabled: ['no-such-rule'] }, 'disabled.0'],
  ])('refuses care settings %j at %s', (input, path) => {
    const result = careSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
