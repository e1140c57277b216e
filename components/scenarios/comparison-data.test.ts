import { beforeAll, describe, expect, it } from "vitest";
import { specScenarios } from "@/lib/templates/reference-scenarios";
import { compareScenarios, type Comparison } from "@/lib/engine/compare";
import { renderOptionDescription } from "@/lib/i18n/advisor";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { buildTemplate } from "@/lib/templates";
import { comparisonColumns, comparisonForPlan, comparisonMetrics, riskBadges } from "./comparison-data";

let plan: PlanDocument;
let comparison: Comparison;
beforeAll(() => {
  plan = buildTemplate("enterprise");
  comparison = compareScenarios(plan, specScenarios(plan));
});

describe("comparisonColumns", () => {
  it("puts the current design first, then each scenario", () => {
    const cols = comparisonColumns(comparison);
    expect(cols.map((c) => c.kindLabel)).toEqual([
      "Current",
      "Cloud",
      "Self-hosted",
      "Hybrid",
      "Apple Silicon",
    ]);
    expect(cols[0]).toMatchObject({ isCurrent: true, scenarioId: null, name: "Current design", key: "c0" });
    expect(cols.slice(1).map((c) => c.scenarioId)).toEqual(specScenarios(plan).map((s) => s.id));
  });

  it("turns risk findings into short badges that keep the full message", () => {
    const mac = comparisonColumns(comparison)[4]!;
    expect(mac.meetsSlo).toBe(false);
    const labels = mac.risks.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(["macOS limits", "SLOs missed"]));
    const macos = mac.risks.find((r) => r.code === "macos-limits")!;
    expect(macos.message).toMatch(/macOS/);
    // Errors first, then warnings, then information.
    const rank = { error: 0, warning: 1, info: 2 };
    const ranks = mac.risks.map((r) => rank[r.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(mac.risks[0]!.severity).toBe("error");
    const cloud = comparisonColumns(comparison)[1]!;
    expect(cloud.risks.map((r) => r.label)).toContain("Data leaves premises");
  });

  it("labels unknown risk codes readably and drops duplicates", () => {
    const r = riskBadges({
      risks: [
        { code: "new-risk-code", severity: "warning", message: "m1" },
        { code: "new-risk-code", severity: "warning", message: "m2" },
        { code: "does-not-fit", severity: "error", message: "m3" },
      ],
    });
    expect(r.map((x) => x.label)).toEqual(["Does not fit", "new risk code"]);
  });
});

describe("in French", () => {
  it("labels the columns, rows and cells in French", () => {
    const cols = comparisonColumns(comparison, "fr");
    expect(cols.map((c) => c.kindLabel)).toEqual([
      "Actuelle",
      "Cloud",
      "Auto-hébergé",
      "Hybride",
      "Apple Silicon",
    ]);
    const metrics = comparisonMetrics(comparison, "EUR", 1, "fr");
    expect(metrics.find((m) => m.id === "slo")!.label).toBe("Respecte les SLO");
    expect(metrics.find((m) => m.id === "data")!.cells[1]!.text).toBe("oui — API cloud");
  });

  it("describes each design as the advisor does (renderOptionDescription); in English it is the engine's text", () => {
    const fr = comparisonColumns(comparison, "fr");
    const scenarios = specScenarios(plan);
    expect(fr.slice(1).map((c) => c.description)).toEqual(
      scenarios.map((s) => renderOptionDescription(s.nodes, "fr")),
    );
    const cloud = fr[1]!.description;
    expect(cloud).toMatch(/ · API (LLM|d’embeddings)/);
    expect(fr.map((c) => c.description).join(" ")).not.toMatch(/ on |embeddings API|LLM API|fallback/);
    expect(comparisonColumns(comparison).map((c) => c.description)).toEqual(
      comparison.rows.map((r) => r.description),
    );
  });

  it("words each risk's full message from the findings catalog; in English it is the engine's text", () => {
    const mac = comparisonColumns(comparison, "fr")[4]!;
    const macos = mac.risks.find((r) => r.code === "macos-limits")!;
    expect(macos.message).toMatch(/^macOS n’est pas un OS serveur/);
    const english = comparisonColumns(comparison)[4]!.risks.find((r) => r.code === "macos-limits")!;
    const engine = comparison.rows[4]!.risks.find((r) => r.code === "macos-limits")!;
    expect(english.message).toBe(engine.message);
    expect(macos.message).not.toBe(engine.message);
  });
});

describe("comparisonMetrics", () => {
  it("formats one cell per design for every figure", () => {
    const metrics = comparisonMetrics(comparison);
    for (const m of metrics) expect(m.cells).toHaveLength(comparison.rows.length);
    const byId = Object.fromEntries(metrics.map((m) => [m.id, m]));
    expect(byId.slo!.cells.map((c) => c.text)).toEqual(["yes", "yes", "yes", "yes", "no"]);
    expect(byId.capacity!.cells[1]!.text).toMatch(/^elastic for 2,000 tok\/s$/);
    expect(byId.capacity!.cells[4]!.tone).toBe("error");
    expect(byId.headroom!.cells[1]!.text).toBe("elastic (cloud)");
    expect(byId.data!.cells.map((c) => c.text.startsWith("yes"))).toEqual([false, true, false, true, false]);
    expect(byId.tco!.hint).toBe("Over 36 months");
  });

  it("marks the best value among the designs that meet the SLOs", () => {
    const monthly = comparisonMetrics(comparison).find((m) => m.id === "monthly")!;
    const meeting = comparison.rows.map((r, i) => ({ r, i })).filter((x) => x.r.meetsSlo);
    const cheapest = meeting.sort((a, b) => a.r.monthlyCostUsd - b.r.monthlyCostUsd)[0]!;
    expect(monthly.cells.map((c, i) => (c.best ? i : -1)).filter((i) => i >= 0)).toEqual([cheapest.i]);
    // The Apple Silicon design is cheaper but misses the SLOs: never "best".
    expect(comparison.rows[4]!.monthlyCostUsd).toBeLessThan(comparison.rows[cheapest.i]!.monthlyCostUsd);
    expect(monthly.cells[4]!.best).toBeUndefined();
  });

  it("formats money in the plan's currency", () => {
    const eur = comparisonMetrics(comparison, "EUR", 0.5).find((m) => m.id === "capex")!;
    expect(eur.cells[0]!.text).toBe(
      `€${Math.round(comparison.rows[0]!.capexUsd * 0.5).toLocaleString("en-US")}`,
    );
  });
});

describe("comparisonForPlan", () => {
  it("drops scenarios the plan no longer holds, with their break-evens", () => {
    const ids = specScenarios(plan).map((s) => s.id);
    expect(comparisonForPlan(comparison, ids)).toBe(comparison);
    const without = comparisonForPlan(
      comparison,
      ids.filter((id) => id !== "1-cloud"),
    );
    expect(without.rows.map((r) => r.scenarioId)).toEqual([
      "current",
      ...ids.filter((id) => id !== "1-cloud"),
    ]);
    expect(without.breakEvens.some((b) => b.a === "1-cloud" || b.b === "1-cloud")).toBe(false);
    expect(without.breakEvens).toHaveLength(6);
    expect(comparisonForPlan(comparison, []).rows).toHaveLength(1);
  });
});
