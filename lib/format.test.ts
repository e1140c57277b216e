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
  parseNumber,
  type Locale,
} from "./format";
import fc from "fast-check";

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
