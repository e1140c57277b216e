import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatGb,
  formatMs,
  formatPct,
  formatTokensPerSecond,
  formatUsd,
  formatWatts,
} from "./format";

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
