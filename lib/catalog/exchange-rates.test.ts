import { describe, expect, it } from "vitest";
import { CURRENCIES, EXCHANGE_RATES } from "./exchange-rates";

describe("exchange rates", () => {
  it("derives each rate per USD from the ECB's euro rates of 28 Feb 2025", () => {
    // Hand-computed: 1 / 1.0411, 0.82608 / 1.0411, 0.9394 / 1.0411.
    expect(EXCHANGE_RATES.EUR.usdToCurrencyRate).toBeCloseTo(1 / 1.0411, 5);
    expect(EXCHANGE_RATES.GBP.usdToCurrencyRate).toBeCloseTo(0.82608 / 1.0411, 5);
    expect(EXCHANGE_RATES.CHF.usdToCurrencyRate).toBeCloseTo(0.9394 / 1.0411, 5);
  });

  it("dates every currency", () => {
    for (const c of CURRENCIES) expect(EXCHANGE_RATES[c].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
