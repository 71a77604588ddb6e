import { describe, expect, it } from 'vitest';
import { attitudeScore, attitudinalLoyalty, npsCategory } from '../../../lib/loyalty/attitudinal';
import { behaviouralLoyalty } from '../../../lib/loyalty/behavioural';
import { classifyLoyalty } from '../../../lib/loyalty/classify';
import { lifecycleStage } from '../../../lib/loyalty/lifecycle';
import { DAY_MS } from '../../../lib/loyalty/measure';
import { DEFAULT_LOYALTY_SETTINGS as settings } from '../../../lib/loyalty/settings';

const NOW = Date.UTC(2026, 10, 23);
const daysAgo = (days: number) => NOW - days * DAY_MS;
const purchasesAt = (...days: number[]) => days.map((d) => ({ at: daysAgo(d), amount: 1000 }));

describe('attitudinal loyalty', () => {
  it("reproduces the handbook's example: recommend 4, repurchase 3 → 33.6", () => {
    expect(attitudeScore(4, 3, settings)).toBe(33.6);
  });

  it.each([
    [10, 'promoter'],
    [9, 'promoter'],
    [8, 'passive'],
    [7, 'passive'],
    [6, 'detractor'],
    [0, 'detractor'],
  ] as const)('an NPS answer of %d is a %s', (answer, category) => {
    expect(npsCategory(answer)).toBe(category);
  });

  it('uses the latest fresh survey and calls a stale one missing', () => {
    const surveys = [
      { at: daysAgo(30), recommend: 5, repurchase: 5 },
      { at: daysAgo(10), recommend: 2, repurchase: 2 },
    ];
    expect(attitudinalLoyalty(surveys, settings, NOW).score).toMatchObject({ known: true, value: 19.6 });
    expect(attitudinalLoyalty([{ at: daysAgo(400), recommend: 5, repurchase: 5 }], settings, NOW).score).toEqual({
      known: false,
      missing: ['recentSurvey'],
    });
  });
});

describe('behavioural loyalty', () => {
  it('computes repeat-purchase rate and share of wallet from the category totals', () => {
    const result = behaviouralLoyalty(purchasesAt(10, 40, 100, 200, 500), { purchasesPerYear: 8, spendPerYear: 5000 }, NOW, 365);
    expect(result.repeatPurchaseRate).toMatchObject({ known: true, value: 50 });
    expect(result.shareOfWallet).toMatchObject({ known: true, value: 80 });
    expect(result.frequencyPerYear).toMatchObject({ known: true, value: 4 });
    expect(result.recencyDays).toMatchObject({ known: true, value: 10 });
  });

  it('says what is missing instead of inventing a number', () => {
    const result = behaviouralLoyalty(purchasesAt(10), {}, NOW, 365);
    expect(result.repeatPurchaseRate).toEqual({ known: false, missing: ['categoryPurchasesPerYear'] });
    expect(result.shareOfWallet).toEqual({ known: false, missing: ['categorySpendPerYear'] });
    expect(behaviouralLoyalty([], {}, NOW, 365).recencyDays).toEqual({ known: false, missing: ['purchases'] });
  });
});

describe('the four loyalty types', () => {
  const behaviour = (rate: number) => behaviouralLoyalty(purchasesAt(...Array.from({ length: rate / 10 }, (_, i) => i * 30 + 1)), { purchasesPerYear: 10 }, NOW, 365);
  const attitude = (recommend: number, repurchase: number) => attitudinalLoyalty([{ at: daysAgo(5), recommend, repurchase }], settings, NOW);

  it.each([
    ['true-loyal', 80, [5, 5]],
    ['spurious-loyal', 80, [2, 1]],
    ['potential-loyal', 20, [5, 4]],
    ['disloyal', 20, [1, 2]],
  ] as const)('%s: behaviour %d %%, survey %j', (type, rate, [recommend, repurchase]) => {
    const verdict = classifyLoyalty(behaviour(rate), attitude(recommend, repurchase), settings);
    expect(verdict.type).toBe(type);
    expect(verdict.reasons.map((reason) => reason.id)).toHaveLength(2);
  });

  it('is "not enough data" with what is missing when a side is unknown', () => {
    const verdict = classifyLoyalty(behaviouralLoyalty(purchasesAt(3), {}, NOW, 365), attitude(5, 5), settings);
    expect(verdict.type).toBe('not-enough-data');
    expect(verdict.reasons).toContainEqual({ id: 'missing', figures: { what: 'categoryPurchasesPerYear|categorySpendPerYear' } });
  });

  it('falls back to an NPS answer when there is no scored survey', () => {
    const nps = attitudinalLoyalty([{ at: daysAgo(5), nps: 10 }], settings, NOW);
    expect(classifyLoyalty(behaviour(80), nps, settings).type).toBe('true-loyal');
  });
});

describe('life-cycle stage', () => {
  it.each([
    ['deciding', [], undefined],
    ['first-deal', [20], undefined],
    ['repeat-buying', [5, 35, 65, 95, 125], 0.9],
    ['latent-switching', [100, 130, 160, 190], undefined],
    ['latent-switching', [5, 35, 65, 95], 0.3],
    ['switched-away', [500, 530, 560], undefined],
    ['switched-away', [40, 70, 100], 0.1],
  ] as const)('%s for purchases %j days ago, P(alive) %s', (stage, days, pAlive) => {
    expect(lifecycleStage(purchasesAt(...days), NOW, pAlive).stage).toBe(stage);
  });
});
