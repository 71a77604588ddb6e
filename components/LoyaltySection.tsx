import type { ComponentChildren } from 'preact';
import type { CustomerCard, LoyaltyAnalysisView } from '../lib/messaging/protocol';
import type { MessageId } from '../lib/i18n';
import { formatMoney } from '../lib/i18n/format';
import { useI18n } from './i18n-context';
import { PurchaseChart } from './PurchaseChart';
import { Section } from './Section';

/** A figure whose basis opens on click, tap or Enter (a title attribute alone would be hover-only). */
function Figure({ children, basis }: { children: ComponentChildren; basis: string }) {
  return (
    <details class="figure">
      <summary>{children}</summary>
      <p class="muted">{basis}</p>
    </details>
  );
}

function ReasonLine({ reason }: { reason: LoyaltyAnalysisView['reasons'][number] }) {
  const { t } = useI18n();
  const { figures } = reason;
  if (reason.id === 'missing') {
    const what = String(figures.what ?? '')
      .split('|')
      .filter(Boolean)
      .map((name) => t(`missing.${name}` as MessageId))
      .join(' / ');
    return <li>{t('loyalty.reason.missing', { what })}</li>;
  }
  return (
    <li>
      {t(`loyalty.reason.${reason.id}`, {
        measure: t(`measure.${String(figures.measure)}` as MessageId),
        value: figures.value ?? '',
        threshold: figures.threshold ?? '',
      })}
    </li>
  );
}

export function LoyaltySection({ card }: { card: CustomerCard }) {
  const { t, locale } = useI18n();
  const analysis = card.analysis;
  if (!analysis) return null;
  const { forecast, stageBasis } = analysis;
  const currency = card.purchases.currency;
  const forecastBasis = forecast
    ? t('card.forecastBasis', {
        customers: forecast.modelCustomers,
        purchases: stageBasis.purchases ?? 0,
        silentDays: stageBasis.silentDays ?? 0,
      })
    : '';
  return (
    <Section id="loyalty" title={t('card.loyalty')}>
      <p data-testid="loyalty-reason">
        <strong>{t(`loyalty.${analysis.type}`)}</strong> · {t(`stage.${analysis.stage}`)}
      </p>
      <details class="figure">
        <summary>{t('card.why')}</summary>
        <ul class="plain reasons">
          {analysis.reasons.map((reason, index) => (
            <ReasonLine key={index} reason={reason} />
          ))}
          {stageBasis.medianIntervalDays !== undefined && <li>{t('card.stageBasis', stageBasis)}</li>}
        </ul>
      </details>
      {forecast ? (
        <>
          <Figure basis={forecastBasis}>
            <span data-testid="p-alive">{t('card.pAlive', { value: Math.round(forecast.pAlive * 100) })}</span>
          </Figure>
          <Figure basis={forecastBasis}>
            {t('card.expectedPurchases', { weeks: forecast.weeks, value: forecast.expectedPurchases.toFixed(1) })}
          </Figure>
          {forecast.expectedValue !== undefined && (
            <Figure basis={t('card.valueBasis', { rate: Math.round(forecast.annualDiscountRate * 100) })}>
              {t('card.expectedValue', { weeks: forecast.weeks, value: formatMoney(locale, forecast.expectedValue, currency) })}
            </Figure>
          )}
        </>
      ) : (
        <p class="muted">{t('card.noForecast')}</p>
      )}
      <PurchaseChart history={card.purchaseHistory} />
    </Section>
  );
}
