/**
 * Exchange rates for showing costs in a plan's currency. The engine computes in USD; a plan stores the rate it
 * uses (metadata.usdToCurrencyRate, editable), and this table is where a new plan or a currency change takes it from.
 *
 * Source: European Central Bank euro foreign exchange reference rates of 28 February 2025 (1 EUR = 1.0411 USD =
 * 0.82608 GBP = 0.9394 CHF), https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/
 * (read as republished at https://eurodripusa.net/?p=3470). Per USD, cross rates through the euro:
 * EUR = 1 / 1.0411, GBP = 0.82608 / 1.0411, CHF = 0.9394 / 1.0411, rounded to 5 decimals. ECB rates are published
 * "for information purposes only": a proposal should state the rate and date it used, which the plan does.
 */
export const CURRENCIES = ["USD", "EUR", "GBP", "CHF"] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface ExchangeRate {
  /** Units of the currency for 1 USD. */
  usdToCurrencyRate: number;
  /** ISO date the rate was published. */
  asOf: string;
  source: string;
}

const ECB = "ECB euro reference rates, 28 Feb 2025 (cross rate via EUR)";
const ECB_DATE = "2025-02-28";

export const EXCHANGE_RATES: Record<Currency, ExchangeRate> = {
  USD: { usdToCurrencyRate: 1, asOf: ECB_DATE, source: "identity" },
  EUR: { usdToCurrencyRate: 0.96052, asOf: ECB_DATE, source: ECB },
  GBP: { usdToCurrencyRate: 0.79347, asOf: ECB_DATE, source: ECB },
  CHF: { usdToCurrencyRate: 0.90231, asOf: ECB_DATE, source: ECB },
};
