import { beforeAll, describe, expect, it } from "vitest";
import { specScenarios } from "@/lib/templates/reference-scenarios";
import { compareScenarios, sensitivity } from "@/lib/engine/compare";
import type { SensitivityResult } from "@/lib/editor/advisor";
import { buildTemplate } from "@/lib/templates";
import {
  factorLabel,
  formatDelta,
  formatHeadroomDelta,
  headroomText,
  tornadoData,
  tornadoSummary,
} from "./tornado-data";

let result: SensitivityResult;
beforeAll(() => {
  const plan = buildTemplate("enterprise");
  // Without the N+1 spare server (99.5%), +50% tokens per request breaks the SLOs: the case the chart must flag.
  plan.slos.availabilityPct = 99.5;
  const scenario = specScenarios(plan)[1]!;
  const row = compareScenarios(plan, [scenario]).rows[1]!;
  result = {
    scenarioId: scenario.id,
    base: { monthlyCostUsd: row.monthlyCostUsd, headroom: row.headroom, meetsSlo: row.meetsSlo },
    points: sensitivity(plan, scenario),
  };
});

describe("tornadoData", () => {
  it("has one row per driver, widest swing first", () => {
    const d = tornadoData(result);
    expect(d.rows.map((r) => r.driver).sort()).toEqual(["prices", "tokens", "users"]);
    expect(d.rows.every((r, i) => i === 0 || d.rows[i - 1]!.swing >= r.swing)).toBe(true);
    // Self-hosted: prices (hardware, power, hosting) move the run cost far more than the workload.
    expect(d.rows[0]!.driver).toBe("prices");
  });

  it("measures each end against the base", () => {
    const d = tornadoData(result);
    const users = d.rows.find((r) => r.driver === "users")!;
    const lo = result.points.find((p) => p.driver === "users" && p.factor === 0.5)!;
    const hi = result.points.find((p) => p.driver === "users" && p.factor === 1.5)!;
    expect(users.lowDelta).toBeCloseTo(lo.monthlyCostUsd - result.base.monthlyCostUsd, 6);
    expect(users.highDelta).toBeCloseTo(hi.monthlyCostUsd - result.base.monthlyCostUsd, 6);
    expect(users.lowDelta).toBeLessThan(0);
    expect(users.highDelta).toBeGreaterThan(0);
    expect(users.swing).toBeCloseTo(users.highDelta - users.lowDelta, 6);
    expect(users.low.headroomDelta).toBeCloseTo(lo.headroom! - result.base.headroom!, 9);
    expect(users.lowQuarter!.factor).toBe(0.75);
    expect(users.highQuarter!.factor).toBe(1.25);
    // Prices do not change capacity.
    expect(d.rows.find((r) => r.driver === "prices")!.high.headroomDelta).toBe(0);
  });

  it("flags the end where the SLOs break and says so", () => {
    const d = tornadoData(result);
    const tokens = d.rows.find((r) => r.driver === "tokens")!;
    expect(tokens.high.meetsSlo).toBe(false);
    expect(headroomText(tokens.high)).toMatch(/^−\d+% \(−\d+ pts\), SLOs missed$/);
    expect(tornadoSummary(d)).toMatch(
      /^Base \$[\d,]+ per month\. Prices move the cost most: −\$[\d,]+ at −50%, \+\$[\d,]+ at \+50%\. The SLOs are missed with tokens per request \+50%\.$/,
    );
  });

  it("says it in French", () => {
    const d = tornadoData(result, 1, "fr");
    const tokens = d.rows.find((r) => r.driver === "tokens")!;
    expect(tokens.label).toBe("Jetons par requête");
    expect(headroomText(tokens.high, "fr")).toMatch(
      /^−\d+\u202f?\u00a0?%.*\(−\d+\u00a0pts\), SLO non respectés$/,
    );
    expect(tornadoSummary(d, "EUR", "fr")).toMatch(
      /^Base de .+ par mois\. Le facteur «\u00a0Prix\u00a0» fait le plus varier le coût\u00a0: /,
    );
  });

  it("converts to the display currency and gives a symmetric extent", () => {
    const d = tornadoData(result, 0.5);
    expect(d.base.cost).toBe(result.base.monthlyCostUsd * 0.5);
    const widest = Math.max(...d.rows.flatMap((r) => [Math.abs(r.lowDelta), Math.abs(r.highDelta)]));
    expect(d.extent).toBe(widest);
  });

  it("says when a design misses the SLOs as planned", () => {
    const plan = buildTemplate("enterprise");
    const mac = specScenarios(plan)[3]!;
    const row = compareScenarios(plan, [mac]).rows[1]!;
    const d = tornadoData({
      scenarioId: mac.id,
      base: { monthlyCostUsd: row.monthlyCostUsd, headroom: row.headroom, meetsSlo: row.meetsSlo },
      points: sensitivity(plan, mac),
    });
    expect(d.base.meetsSlo).toBe(false);
    expect(tornadoSummary(d)).toMatch(/The design misses the SLOs as planned and at every point\.$/);
    // Tokens per request do not change a Mac cluster's run cost (no cloud API): a zero-width bar.
    expect(d.rows.find((r) => r.driver === "tokens")!.swing).toBe(0);
  });
});

describe("formatting", () => {
  it("signs deltas and factors", () => {
    expect(formatDelta(1234.4)).toBe("+$1,234");
    expect(formatDelta(-56)).toBe("−$56.00");
    expect(formatDelta(0.001)).toBe("±$0.00");
    expect(formatHeadroomDelta(-0.2)).toBe("−20 pts");
    expect(formatHeadroomDelta(0)).toBe("±0 pts");
    expect(formatHeadroomDelta(null)).toBe("—");
    expect(factorLabel(0.5)).toBe("−50%");
    expect(factorLabel(1.25)).toBe("+25%");
  });
});
