import { describe, expect, it } from "vitest";
import { CAPEX_CATEGORIES, costCategories, costFigures, costRows, costSummary } from "./cost-data";
import { emptyReport, templateReport } from "./test-reports";

const figure = (figures: { id: string; value: string }[], id: string) =>
  figures.find((f) => f.id === id)?.value;

describe("cost chart data", () => {
  it("enterprise: CAPEX categories apart from the monthly ones, zero categories dropped", () => {
    const report = templateReport("enterprise");
    expect(costCategories(report)).toEqual({
      capex: ["serving hardware", "component GPUs", "compute"],
      recurring: ["power", "hosting", "support", "storage", "staff"],
    });
    const rows = costRows(report);
    expect(rows).toHaveLength(36);
    const m0 = rows[0]!;
    expect(CAPEX_CATEGORIES.reduce((s, c) => s + m0.byCategory[c]!, 0)).toBeCloseTo(report.cost.capexUsd, 2);
    expect(m0.capex).toBe(report.cost.capexUsd);
    // By hand: two 8-GPU boards for N+1 (+300,000 USD); support 10% of CAPEX a year = 753,000 × 0.1 / 12 = 6,275
    // per month; 25 rack units × $40 = $1,000.
    expect(report.cost.capexUsd).toBe(753_000);
    expect(m0.byCategory.support).toBe(6275);
    expect(m0.byCategory.hosting).toBe(1000);
    for (const r of rows.slice(1)) expect(r.capex).toBe(0);
    for (const r of rows) expect(r.capex + r.recurring).toBeCloseTo(r.total, 1);
    expect(rows[35]!.cumulative).toBeCloseTo(report.cost.tcoUsd, 2);
  });

  it("converts to the display currency", () => {
    const report = templateReport("enterprise");
    const eur = costRows(report, 0.9);
    expect(eur[0]!.capex).toBeCloseTo(677_700, 6);
    expect(eur[0]!.byCategory.support).toBeCloseTo(5647.5, 6);
    expect(eur[35]!.cumulative).toBeCloseTo(report.cost.tcoUsd * 0.9, 6);
    const figures = costFigures(report, "EUR", 0.9);
    expect(figure(figures, "capex")).toBe("€677,700");
    expect(figure(figures, "tco")).toBe(
      `€${Math.round(report.cost.tcoUsd * 0.9).toLocaleString("en-US", { maximumFractionDigits: 0 })}`,
    );
    expect(figures.find((f) => f.id === "tco")!.label).toBe("TCO (36 months)");
  });

  it("enterprise headline figures in USD", () => {
    const report = templateReport("enterprise");
    const figures = costFigures(report);
    expect(figures.map((f) => f.id)).toEqual([
      "capex",
      "opex",
      "cloud",
      "tco",
      "per-mtok",
      "per-krequests",
      "baseline-premium-api",
      "baseline-small-api",
      "baseline-open-weight-api",
      "baseline-gpu-rental",
    ]);
    expect(figure(figures, "capex")).toBe("$753,000");
    expect(figure(figures, "cloud")).toBe("$0.00");
    const cloud = figures.find((f) => f.id === "baseline-premium-api")!;
    const premium = report.cost.baselines.find((b) => b.id === "premium-api")!;
    expect(cloud.label).toBe("Premium API TCO (GPT-4.1 class)");
    expect(cloud.value).toBe(`$${premium.tcoUsd.toLocaleString("en-US", { maximumFractionDigits: 0 })}`);
    expect(cloud.hint).toBe(
      `GPT-4.1 + text-embedding-3-large: $${premium.monthlyUsd.toLocaleString("en-US", { maximumFractionDigits: 0 })} a month (OPEX, month 0); break-even month ${premium.breakEvenMonth}`,
    );
    const fr = costFigures(report, "EUR", 1, "fr").find((f) => f.id === "baseline-gpu-rental")!;
    expect(fr.label).toBe("GPU loués : TCO");
    expect(fr.hint).toMatch(/^GPU de service à l’heure : .+ par mois \(OPEX, mois 0\) ; rentabilité /);
    expect(costSummary(report)).toMatch(
      /^\$753,000 CAPEX, \$[\d,]+ per month at first, \$[\d,]+ total over 36 months/,
    );
  });

  it("mac-cluster: two Mac Studios plus two compute servers", () => {
    const report = templateReport("mac-cluster");
    const m0 = costRows(report)[0]!;
    // 2 compute servers × $18,000 (plan default) for the platform components.
    expect(m0.byCategory.compute).toBe(36_000);
    // Month 0 buys the plan's hardware; the purchase plan buys the growth Macs later (in the horizon's CAPEX).
    const later = report.cost.purchasePlan.reduce((s, p) => s + p.capexUsd, 0);
    expect(m0.byCategory["serving hardware"]! + m0.byCategory.compute!).toBeCloseTo(
      report.cost.capexUsd - later,
      2,
    );
    expect(costCategories(report).capex).toEqual(["serving hardware", "compute"]);
  });

  it("cloud-llm: cloud APIs are monthly categories; the plan is the cloud alternative, even from month 0", () => {
    const report = templateReport("cloud-llm");
    const cats = costCategories(report);
    expect(cats.recurring).toContain("cloud LLM");
    expect(cats.recurring).toContain("cloud embeddings");
    expect(cats.capex).not.toContain("serving hardware");
    const rows = costRows(report);
    expect(rows[1]!.recurring).toBeCloseTo(
      report.cost.monthly[1]!.opexUsd + report.cost.monthly[1]!.cloudUsd,
      6,
    );
    // The all-cloud template runs on the reference models: same series, same cost, even from the first month.
    expect(report.cost.cloudAlternative.tcoUsd).toBe(report.cost.tcoUsd);
    expect(costFigures(report).find((f) => f.id === "baseline-premium-api")!.hint).toMatch(
      /break-even month 0$/,
    );
  });

  it("empty report", () => {
    const report = emptyReport();
    expect(costRows(report)).toEqual([]);
    expect(costCategories(report)).toEqual({ capex: [], recurring: [] });
    expect(costSummary(report)).toBe("No cost months to show.");
    // 29,667 USD of platform costs, plus the platform's 0.25 FTE × 150,000 USD × 3 years = 112,500 USD.
    expect(figure(costFigures(report), "tco")).toBe("$142,167");
    expect(costFigures(report).find((f) => f.id === "tco")!.label).toBe("TCO (0 months)");
  });
});
