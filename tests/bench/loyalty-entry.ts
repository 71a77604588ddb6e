/** What the loyalty benchmark runs inside Chromium, bundled into one script. */
export { fitBgNbd } from '../../lib/loyalty/bgnbd';
export { fitGammaGamma } from '../../lib/loyalty/gammagamma';
export { analyseCustomer } from '../../lib/loyalty/analyse';
export { fitBaseModel } from '../../lib/loyalty/base-model';
export { summarisePurchases } from '../../lib/loyalty/summary';
export { DEFAULT_LOYALTY_SETTINGS } from '../../lib/loyalty/settings';
