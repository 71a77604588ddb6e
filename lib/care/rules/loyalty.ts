import { DAY_MS, type CareRule } from '../types';

/**
 * The handbooks' strategy by loyalty type and stage, at most once a quarter: thank the
 * most valuable true loyal customers; find what keeps potential loyal ones (who like us)
 * from buying more; give spurious loyal ones (who buy out of habit or price) early
 * attention before a competitor does; look into buying that turns irregular; interview
 * and try to win back those who switched away.
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
    if (type === 'potential-loyal') {
      return [{ kind: 'follow-up', due: now + 14 * DAY_MS, cause: `barrier:${quarter}`, reason: { id: 'care.reason.barrier', values: {} } }];
    }
    if (type === 'spurious-loyal') {
      return [{ kind: 'follow-up', due: now + 7 * DAY_MS, cause: `early-warning:${quarter}`, reason: { id: 'care.reason.earlyWarning', values: {} } }];
    }
    return [];
  },
};
