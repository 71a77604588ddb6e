import { useI18n } from './i18n-context';

const MONTHS = 24;
const WIDTH = 240;
const HEIGHT = 40;

/**
 * Purchases per month over the last two years as small bars. Drawn directly in
 * SVG: two dozen bars do not warrant a chart library in a sidebar that must
 * render in a blink.
 */
export function PurchaseChart({ history, now = Date.now() }: { history: { at: number; amount: number }[]; now?: number }) {
  const { t } = useI18n();
  const end = new Date(now);
  const monthIndex = (at: number) => {
    const date = new Date(at);
    return (end.getFullYear() - date.getFullYear()) * 12 + end.getMonth() - date.getMonth();
  };
  const totals = new Array<number>(MONTHS).fill(0);
  for (const purchase of history) {
    const ago = monthIndex(purchase.at);
    if (ago >= 0 && ago < MONTHS) totals[MONTHS - 1 - ago]! += purchase.amount;
  }
  const max = Math.max(...totals, 1);
  const barWidth = WIDTH / MONTHS;
  return (
    <figure class="chart">
      <svg role="img" aria-label={t('card.purchaseChart')} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT}>
        {totals.map((total, index) => {
          const height = total === 0 ? 1 : Math.max(2, (total / max) * HEIGHT);
          return (
            <rect
              key={index}
              x={index * barWidth + 1}
              y={HEIGHT - height}
              width={barWidth - 2}
              height={height}
              class={total === 0 ? 'bar empty' : 'bar'}
            />
          );
        })}
      </svg>
      <figcaption class="muted">{t('card.purchaseChart')}</figcaption>
    </figure>
  );
}
