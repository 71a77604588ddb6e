import { DAY_MS, type CareRule } from '../types';

/**
 * The handbooks' strategy by loyalty type and stage: thank the most valuable true
 * loyal customers each quarter; give slipping ones early attention; interview and
 * try to win back those who switched away.
 */
export const loyaltyStrategy: CareRule = {
  id: 'loyalty-strategy',
  run({ customer, now }) {
    const { type, stage } = customer.loyalty;
    const quarter = `${new Date(now).getFullYear()}-Q${Math.floor(new Date(now).getMonth() / 3) + 1}`;
    if (stage === 'switched-away') {
      return [{ kind: 'win-back', due: now, cause: `win-back:${customer.lastDealAt ?? 0}`, reason: { id: 'care.reason.winBack', values: {} } }];
    }
    if (stage === 'latent-switching') {
      return [{ kind: 'follow-up', due: now, cause: `latent:${quarter}`, reason: { id: 'care.reason.latent', values: {} } }];
    }
    if (type === 'true-loyal' && customer.tier === 'A') {
      return [{ kind: 'thank-you-call', due: now + 7 * DAY_MS, cause: `thank-you:${quarter}`, reason: { id: 'care.reason.thankYou', values: {} } }];
    }
    return [];
  },
};
