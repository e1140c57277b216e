import { describe, expect, it } from "vitest";
import { emptyPlan } from "../templates";
import { withCurrency } from "./currency";

describe("withCurrency", () => {
  it("takes the catalog's dated rate when the currency changes", () => {
    const m = withCurrency(emptyPlan("x").metadata, "EUR");
    expect(m).toMatchObject({ currency: "EUR", usdToCurrencyRate: 0.96052, exchangeRateAsOf: "2025-02-28" });
  });

  it("keeps an edited rate when the currency stays the same", () => {
    const m = { ...emptyPlan("x").metadata, currency: "EUR" as const, usdToCurrencyRate: 0.9 };
    expect(withCurrency(m, "EUR").usdToCurrencyRate).toBe(0.9);
  });
});
