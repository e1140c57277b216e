import { CAPEX_CATEGORIES } from "../../engine/platform/cost-capex";
import { barChart, lineChart } from "./charts";
import type { ProposalContext } from "./input";
import { heading, paragraph, table, type Doc } from "./pen";

/** A cost category of the engine ("serving hardware") in the reader's language (unknown ones as they are). */
export function categoryLabel(t: ProposalContext["t"], key: string): string {
  const id = `category.${key.replace(/\s+/g, "_")}`;
  return t.has(id as never) ? t(id as never) : key;
}

/** Cost and TCO: the key figures, the cost lines, the first month by category and the cumulative curve. */
export function costSection(doc: Doc, { report, t, f }: ProposalContext): void {
  const cost = report.cost;
  doc.addPage();
  heading(doc, t("cost.title"), 18);
  table(
    doc,
    [
      { header: t("cost.capex"), share: 0.25, align: "right" },
      { header: t("cost.monthly"), share: 0.25, align: "right" },
      { header: t("cost.tco", { months: report.plan.horizonMonths }), share: 0.25, align: "right" },
      { header: t("cost.perMillion"), share: 0.25, align: "right" },
    ],
    [
      [
        f.money(cost.capexUsd),
        f.money(cost.monthlyRunCostUsd),
        f.money(cost.tcoUsd),
        f.money(cost.perMillionTokensUsd),
      ],
    ],
  );
  // Month N of the run cost (report cost.runCostMonth), its recurring categories only: the same month every screen uses.
  const first = cost.monthly[cost.runCostMonth];
  if (first) {
    barChart(
      doc,
      t("cost.byCategory"),
      Object.entries(first.byCategory)
        .filter(([key]) => !CAPEX_CATEGORIES.includes(key))
        .map(([key, value]) => ({ label: categoryLabel(t, key), value })),
      f.money,
    );
  }
  lineChart(
    doc,
    t("cost.cumulative"),
    cost.monthly.map((m) => ({ x: m.month, y: m.cumulativeUsd })),
    { x: (month) => t("cost.month", { month }), y: f.money },
  );
  const alt = cost.cloudAlternative;
  if (alt.monthlyUsd > 0) {
    paragraph(
      doc,
      t("cost.cloudAlternative", {
        model: alt.model,
        monthly: f.money(alt.monthlyUsd),
        tco: f.money(alt.tcoUsd),
      }),
    );
  }
  heading(doc, t("cost.lines"), 12);
  table(
    doc,
    [
      { header: t("cost.item"), share: 0.56 },
      { header: t("cost.quantity"), share: 0.1, align: "right" },
      { header: t("cost.linesCapex"), share: 0.17, align: "right" },
      { header: t("cost.linesMonthly"), share: 0.17, align: "right" },
    ],
    cost.lines.map((l) => [l.item, f.number(l.quantity), f.money(l.capexUsd), f.money(l.monthlyUsd)]),
  );
}
