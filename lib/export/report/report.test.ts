import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { parsePlanOrThrow } from "../../plan/parse";
import { exportBundle } from "../bundle";
import { csv, csvCell } from "./csv";
import { md } from "./markdown";
import { compareScenarios } from "../../engine/compare";
import { specScenarios } from "../../templates/reference-scenarios";
import { evaluate } from "../../engine/evaluate";
import { storeTopologies } from "../../engine/rules/store-topology";

describe("report files", () => {
  it("CSV quotes separators and neutralises spreadsheet formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell(-5)).toBe("-5");
    expect(
      csv([
        ["a", 1],
        ["line\nbreak", 2],
      ]),
    ).toBe('a,1\r\n"line\nbreak",2\r\n');
  });

  it("Markdown escapes emphasis, links, HTML, table pipes and line breaks", () => {
    expect(md("*a* [b](c) <i>|x\n# y")).toBe("\\*a\\* \\[b\\](c) \\<i\\>\\|x # y");
    expect(md("# title")).toBe("\\# title");
    expect(md("1. item")).toBe("1\\. item");
  });

  it("bill of materials: one row per engine cost line plus the TCO total", () => {
    const bundle = exportBundle(buildTemplate("enterprise"));
    const lines = bundle.files["report/bill-of-materials.csv"]!.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "category,item,quantity,unit_usd,capex_usd,monthly_usd,horizon_months,tco_usd,as_of,source",
    );
    // 8 lines plus operations staff (0.5 FTE × 150,000 USD / 12 = 6,250 USD a month, 225,000 USD over 36 months).
    expect(lines).toHaveLength(1 + 9 + 1);
    // CAPEX: two 8-GPU boards for N+1 at 99.9% availability.
    expect(lines.at(-1)).toMatch(/^total,.*,753000,15148.6,36,1301075.17,/);
  });

  it("the capacity report embeds the plan's diagram, shipped beside it as report/diagram.svg", () => {
    const plan = buildTemplate("enterprise");
    const bundle = exportBundle(plan);
    expect(bundle.files["report/capacity-report.md"]).toContain("![Architecture diagram](diagram.svg)");
    const svg = bundle.files["report/diagram.svg"]!;
    expect(svg.startsWith("<svg ")).toBe(true);
    for (const n of plan.nodes) expect(svg).toContain(`data-id="${n.id}"`);
  });

  it("bill of materials adds the display currency when it is not USD", () => {
    const plan = buildTemplate("production");
    const eur = parsePlanOrThrow({
      ...plan,
      metadata: { ...plan.metadata, currency: "EUR", usdToCurrencyRate: 0.5 },
    });
    const header = exportBundle(eur).files["report/bill-of-materials.csv"]!.split("\r\n")[0];
    expect(header).toContain("capex_eur,monthly_eur,tco_eur");
  });

  it("README says what was planned and lists every warning; the capacity report carries the charts' data", () => {
    const bundle = exportBundle(buildTemplate("hybrid"));
    const readme = bundle.files["README.md"]!;
    for (const section of [
      "## What was planned",
      "## Findings",
      "## What this bundle does not express",
      "## Layout",
    ])
      expect(readme).toContain(section);
    for (const w of bundle.warnings) expect(readme).toContain(`**\`${w.code}\`**`);
    const report = bundle.files["report/capacity-report.md"]!;
    expect(report).toContain("## Storage growth (chart data, GB; margin 30%)");
    expect(report).toContain("### Cost over time (chart data, USD)");
    // One row per month of the engine's series in each chart table.
    const engine = JSON.parse(bundle.files["report/report.json"]!);
    const rows = (from: string, to: string) =>
      report
        .slice(report.indexOf(from), report.indexOf(to))
        .split("\n")
        .filter((l) => /^\| \d+ \|/.test(l)).length;
    expect(rows("## Storage growth", "### Storage performance")).toBe(engine.storage.months.length);
    expect(rows("### Cost over time", "Bill of materials")).toBe(engine.cost.monthly.length);
  });

  it("README and capacity report say the same store topology, from the engine's rule", () => {
    const plan = buildTemplate("enterprise");
    const bundle = exportBundle(plan);
    const report = evaluate(plan);
    const lines = storeTopologies(plan, {
      components: report.components,
      serving: report.serving,
      initialIngestionTokens: report.demand.initialIngestionTokens,
    }).map((t) => `**${md(t.summary)}**`);
    expect(lines).toContain(
      `**${md("PostgreSQL: CloudNativePG, 1 primary + 3 replicas, async, WAL to Object storage (S3 / MinIO) every ≤ 5 min, daily base backup, PgBouncer ×2")}**`,
    );
    for (const file of ["README.md", "report/capacity-report.md"]) {
      expect(bundle.files[file]).toContain("## Store topology");
      for (const line of lines) expect(bundle.files[file]).toContain(line);
    }
    const readme = bundle.files["README.md"]!;
    for (const section of ["## Prerequisites", "## Pod Security", "## Apply order"])
      expect(readme).toContain(section);
    expect(readme).toMatch(/CloudNativePG operator \| 1\.30\.0/);
    expect(readme).toMatch(/OT-Container-Kit redis-operator \| 0\.26\.0/);
  });

  it("capacity report compares the plan's scenarios (the editor's comparison view) and omits the section without any", () => {
    const plan = buildTemplate("enterprise");
    expect(exportBundle(plan).files["report/capacity-report.md"]).not.toContain("## Scenario comparison");
    const withScenarios = parsePlanOrThrow({ ...plan, scenarios: specScenarios(plan) });
    const report = exportBundle(withScenarios).files["report/capacity-report.md"]!;
    const section = report.slice(report.indexOf("## Scenario comparison"), report.indexOf("## Findings"));
    const { rows } = compareScenarios(withScenarios);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // One table row per compared design, in the comparison's order, with its TCO as the engine computed it.
    const tableRows = section
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| scenario") && !l.startsWith("| ---"));
    expect(tableRows).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      expect(tableRows[i]).toContain(md(r.name));
      expect(tableRows[i]).toContain(`$${r.tcoUsd.toLocaleString("en-US", { maximumFractionDigits: 0 })}`);
    });
    expect(section).toContain("### Break-even");
    expect(section).toContain("### Operational risks");
  });
});
