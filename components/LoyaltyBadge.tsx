import type { Customer } from '../lib/db/schema';
import { useI18n } from './i18n-context';

export function LoyaltyBadge({ loyalty }: { loyalty: Customer['loyalty'] }) {
  const { t } = useI18n();
  return (
    <p class="loyalty" data-testid="loyalty">
      <span class={`badge loyalty-${loyalty.type}`}>{t(`loyalty.${loyalty.type}`)}</span>
      {loyalty.stage && <span class="badge stage">{t(`stage.${loyalty.stage}`)}</span>}
    </p>
  );
}
