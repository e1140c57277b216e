import { beforeAll, describe, expect, it } from "vitest";
import { specScenarios } from "@/lib/templates/reference-scenarios";
import { compareScenarios, type Comparison } from "@/lib/engine/compare";
import { buildTemplate } from "@/lib/templates";
import { breakEvenDots, breakEvenText, tcoChartData, tcoSummary } from "./tco-data";

let comparison: Comparison;
beforeAll(() => {
  const plan = buildTemplate("enterprise");
  comparison = compareScenarios(plan, specScenarios(plan));
});

describe("tcoChartData", () => {
  it("has one line per design and one row per month of the horizon", () => {
    const d = tcoChartData(comparison);
    expect(d.series.map((s) => s.key)).toEqual(["s0", "s1", "s2", "s3", "s4"]);
    expect(d.series[0]).toMatchObject({ isCurrent: true, scenarioId: null, name: "Current design" });
    expect(d.horizonMonths).toBe(36);
    expect(d.rows).toHaveLength(36);
    expect(d.rows[12]!.s2).toBe(comparison.rows[2]!.cumulativeUsd[12]);
  });

  it("numbers the break-even points by month, at the dearer design's cumulative cost", () => {
    const d = tcoChartData(comparison);
    const crossing = comparison.breakEvens.filter((b) => b.month !== null);
    expect(d.markers).toHaveLength(crossing.length);
    expect(d.markers.length + d.never.length).toBe(comparison.breakEvens.length);
    expect(d.markers.map((m) => m.n)).toEqual(d.markers.map((_, i) => i + 1));
    expect(d.markers.every((m, i) => i === 0 || d.markers[i - 1]!.month <= m.month)).toBe(true);
    for (const m of d.markers) {
      const a = comparison.rows.find((r) => r.name === m.a)!;
      const b = comparison.rows.find((r) => r.name === m.b)!;
      expect(m.value).toBe(a.cumulativeUsd[m.month]);
      expect(m.value).toBeLessThanOrEqual(b.cumulativeUsd[m.month]!);
      // Before the break-even month the dearer design was still dearer.
      if (m.month > 0) expect(a.cumulativeUsd[m.month - 1]!).toBeGreaterThan(b.cumulativeUsd[m.month - 1]!);
    }
    // Self-hosted (dearer up front) catches up with the cloud scenario.
    expect(d.markers.some((m) => m.a === "2 — Self-hosted" && m.b === "1 — Cloud")).toBe(true);
  });

  it("draws one dot per month, labelled with the marker numbers it stands for", () => {
    const d = tcoChartData(comparison);
    const dots = breakEvenDots(d.markers);
    expect(new Set(dots.map((x) => x.month)).size).toBe(dots.length);
    expect(dots.length).toBe(new Set(d.markers.map((m) => m.month)).size);
    const m = (n: number, month: number, value: number) => ({ n, a: "a", b: "b", aKey: "s0", month, value });
    expect(breakEvenDots([m(1, 11, 5), m(2, 11, 4), m(3, 11, 6), m(4, 12, 7)])).toEqual([
      { month: 11, value: 4, label: "1–3" },
      { month: 12, value: 7, label: "4" },
    ]);
    expect(breakEvenDots([m(1, 3, 1), m(3, 3, 1), m(2, 5, 1)])[0]!.label).toBe("1, 3");
  });

  it("converts to the display currency and says it in words", () => {
    const d = tcoChartData(comparison, 2);
    expect(d.rows[0]!.s0).toBe(comparison.rows[0]!.cumulativeUsd[0]! * 2);
    expect(breakEvenText(d.markers[0]!)).toMatch(
      /\(dearer up front\) is cumulatively no dearer than .* from month \d+ \(\$[\d,]+ spent by then\)\.$/,
    );
    expect(tcoSummary(d)).toMatch(
      /^Cumulative cost over 36 months: .* is cheapest at \$[\d,]+\. \d+ break-even points within the horizon\.$/,
    );
  });

  it("handles a comparison of the current design alone", () => {
    const d = tcoChartData({ rows: comparison.rows.slice(0, 1), breakEvens: [] });
    expect(d.markers).toEqual([]);
    expect(tcoSummary(d)).toMatch(/No two curves cross/);
    expect(tcoSummary(tcoChartData({ rows: [], breakEvens: [] }))).toBe("No cost months to show.");
  });
});
