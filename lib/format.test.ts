import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatGb,
  formatMs,
  formatPct,
  formatTokensPerSecond,
  formatUsd,
  formatNumber,
  formatNumberInput,
  formatWatts,
  formatDate,
  formatDateTime,
  formatMoney,
  parseNumber,
  toPlanCurrency,
  type Locale,
} from "./format";
import fc from "fast-check";

describe("French formats (Intl's no-break spaces kept)", () => {
  const NNBSP = "\u202f";
  const NBSP = "\u00a0";
  it("groups thousands with a narrow no-break space and uses a decimal comma", () => {
    expect(formatNumber(1234.5, 1, "fr")).toBe(`1${NNBSP}234,5`);
    expect(formatCompact(12.34, "fr")).toBe("12,3");
  });
  it("puts the currency after the amount", () => {
    expect(formatMoney(1234.5, { currency: "EUR", usdToCurrencyRate: 1 }, "fr")).toBe(`1${NNBSP}235${NBSP}€`);
    expect(formatMoney(10, { currency: "EUR", usdToCurrencyRate: 0.5 }, "fr")).toBe(`5,00${NBSP}€`);
    expect(formatMoney(2000, { currency: "CHF", usdToCurrencyRate: 0.9 }, "en")).toBe(`CHF${NBSP}1,800`);
  });
  it("writes units the French way", () => {
    expect(formatGb(1200, "fr")).toBe(`1,2${NBSP}To`);
    expect(formatMs(22_424, "fr")).toBe(`22,4${NBSP}s`);
    expect(formatPct(0.853, 0, "fr")).toBe(`85${NNBSP}%`);
    expect(formatTokensPerSecond(32.74, "fr")).toBe(`32,7${NBSP}jetons/s`);
  });
  it("formats dates per locale, in UTC", () => {
    expect(formatDate("2025-02-28", "fr")).toBe("28 févr. 2025");
    expect(formatDate("2025-02-28", "en")).toBe("28 Feb 2025");
    expect(formatDateTime("2026-12-03T10:44:00Z", "fr")).toBe("3 déc. 2026, 10:44");
  });
  it("converts USD to the plan's currency in one place", () => {
    expect(toPlanCurrency(1000, { currency: "EUR", usdToCurrencyRate: 0.96052 })).toBeCloseTo(960.52, 6);
    expect(toPlanCurrency(1000)).toBe(1000);
  });
});

describe("number formatting with units", () => {
  it("storage in GB then TB", () => {
    expect(formatGb(740)).toBe("740 GB");
    expect(formatGb(1200)).toBe("1.2 TB");
    expect(formatGb(16_100)).toBe("16.1 TB");
    expect(formatGb(Number.NaN)).toBe("—");
  });
  it("money with the plan's currency and exchange rate", () => {
    expect(formatUsd(453_000)).toBe("$453,000");
    expect(formatUsd(12.5)).toBe("$12.50");
    expect(formatUsd(1000, "EUR", 0.9)).toBe("€900");
  });
  it("rates, times, shares and power", () => {
    expect(formatTokensPerSecond(32.74)).toBe("32.7 tok/s");
    expect(formatMs(298.4)).toBe("298 ms");
    expect(formatMs(22_424)).toBe("22.4 s");
    expect(formatPct(0.853)).toBe("85%");
    expect(formatWatts(9688)).toBe("9,688 W");
    expect(formatWatts(22_934)).toBe("22.9 kW");
    expect(formatCompact(0.01234)).toBe("0.012");
  });
});

const value = (text: string, locale: Locale = "en") => {
  const r = parseNumber(text, locale);
  return r.kind === "number" ? r.value : r.kind;
};

describe("parseNumber: what people type, in English and French", () => {
  it("reads plain numbers, signs and exponents; empty is empty", () => {
    expect(value("42")).toBe(42);
    expect(value(" -2.5 ")).toBe(-2.5);
    expect(value("−3", "fr")).toBe(-3);
    expect(value("+7")).toBe(7);
    expect(value("1e6")).toBe(1_000_000);
    expect(value(".5")).toBe(0.5);
    expect(value("5.")).toBe(5);
    expect(value("")).toBe("empty");
    expect(value("   ")).toBe("empty");
  });

  it("groups thousands with spaces, no-break spaces, '_' and apostrophes in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      expect(value("20 000", locale)).toBe(20_000);
      expect(value("1\u00a0234\u202f567", locale)).toBe(1_234_567);
      expect(value("1_000", locale)).toBe(1000);
      expect(value("1'000", locale)).toBe(1000);
    }
  });

  it("takes the last of '.' and ',' as the decimal separator when both occur", () => {
    for (const locale of ["en", "fr"] as const) {
      expect(value("1,234.5", locale)).toBe(1234.5);
      expect(value("1.234,5", locale)).toBe(1234.5);
      expect(value("1 234,5", locale)).toBe(1234.5);
      expect(value("1,000,000", locale)).toBe(1_000_000);
      expect(value("1.000.000", locale)).toBe(1_000_000);
    }
  });

  it("a single ',' before three digits groups thousands in English only", () => {
    expect(value("20,000", "en")).toBe(20_000);
    expect(value("20,000", "fr")).toBe(20);
    expect(value("2,5", "en")).toBe(2.5);
    expect(value("2,5", "fr")).toBe(2.5);
    expect(value("0,125", "en")).toBe(0.125);
    expect(value("1234,567", "en")).toBe(1234.567);
    expect(value("20.000", "en")).toBe(20);
    expect(value("20.000", "fr")).toBe(20);
  });

  it("rejects anything else, naming no number", () => {
    for (const bad of [
      "abc",
      "2x",
      "1,00,000",
      "1.2.3,4,5",
      "1,2,3",
      ".",
      ",",
      "1e",
      "--1",
      "1 5",
      "0x10",
      "Infinity",
    ])
      expect(value(bad), bad).toBe("invalid");
  });

  it("reads back what formatNumberInput and formatNumber write (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom<Locale>("en", "fr"),
        (x, locale) => {
          const input = formatNumberInput(x, locale);
          expect(value(input, locale)).toBeCloseTo(Number(x.toPrecision(12)), 6);
          const shown = formatNumber(x, 3, locale);
          expect(value(shown, locale)).toBeCloseTo(Number(x.toFixed(3)), 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
