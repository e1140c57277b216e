import { EXCHANGE_RATES, type Currency } from "../catalog/exchange-rates";
import type { PlanMetadata } from "./plan-schema";

/**
 * The plan shown in another currency: the rate and its date come from the catalog (lib/catalog/exchange-rates.ts),
 * so switching to EUR never leaves a USD rate of 1 behind; the user may then edit both.
 */
export function withCurrency(metadata: PlanMetadata, currency: Currency): PlanMetadata {
  if (currency === metadata.currency) return metadata;
  const rate = EXCHANGE_RATES[currency];
  return { ...metadata, currency, usdToCurrencyRate: rate.usdToCurrencyRate, exchangeRateAsOf: rate.asOf };
}
