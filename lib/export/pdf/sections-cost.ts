import { CAPEX_CATEGORIES } from "../../engine/platform/cost-capex";
import type { CostLine } from "../../engine/report-schema";
import type { Block, SeriesPoint } from "../document/blocks";
import type { ProposalContext } from "./input";

/** A cost category of the engine ("serving hardware") in the reader's language (unknown ones as they are). */
export function categoryLabel(t: ProposalContext["t"], key: string): string {
  const id = `category.${key.replace(/\s+/g, "_")}`;
  return t.has(id as never) ? t(id as never) : key;
}

/**
 * A cost line's item in the reader's language (proposal.json `costItem.<code>` with the line's params); a line
 * without a code (names only: a component's GPUs) or from an older report keeps the engine's text.
 */
export function costItemLabel(t: ProposalContext["t"], line: CostLine): string {
  const id = `costItem.${line.itemCode}`;
  return line.itemCode && t.has(id as never) ? t(id as never, (line.itemParams ?? {}) as never) : line.item;
}

/** The cumulative cost curve: a point per month, the y-axis labels at 0, half and the largest value. */
function cumulativeSeries({ report, t, f }: ProposalContext): Block {
  const points: SeriesPoint[] = report.cost.monthly.map((m) => ({
    x: m.month,
    y: m.cumulativeUsd,
    xText: t("cost.month", { month: m.month }),
    yText: f.money(m.cumulativeUsd),
  }));
  const maxY = Math.max(...points.map((p) => p.y), 1);
  return {
    kind: "series",
    title: t("cost.cumulative"),
    points,
    ticks: [0, 0.5, 1].map((share) => f.money(share * maxY)),
    xHeader: t("cost.monthHeader"),
    yHeader: t("cost.cumulativeHeader"),
  };
}

function keyFigures({ report, t, f }: ProposalContext): Block {
  const cost = report.cost;
  return {
    kind: "table",
    columns: [
      { header: t("cost.capex"), share: 0.25, align: "right" },
      { header: t("cost.monthly"), share: 0.25, align: "right" },
      { header: t("cost.tco", { months: report.plan.horizonMonths }), share: 0.25, align: "right" },
      { header: t("cost.perMillion"), share: 0.25, align: "right" },
    ],
    rows: [
      [
        f.money(cost.capexUsd),
        f.money(cost.monthlyRunCostUsd),
        f.money(cost.tcoUsd),
        f.money(cost.perMillionTokensUsd),
      ],
    ],
  };
}

/** Cost and TCO: the key figures, month N of the run cost by category, the cumulative curve and the cost lines. */
export function costBlocks(ctx: ProposalContext): Block[] {
  const { report, t, f } = ctx;
  const cost = report.cost;
  const blocks: Block[] = [
    { kind: "page" },
    { kind: "heading", level: 1, text: t("cost.title") },
    keyFigures(ctx),
  ];
  // Month N of the run cost (report cost.runCostMonth), its recurring categories only: the same month every screen uses.
  const first = cost.monthly.find((m) => m.month === cost.runCostMonth);
  if (first) {
    const bars = Object.entries(first.byCategory)
      .filter(([key, value]) => value > 0 && !CAPEX_CATEGORIES.includes(key))
      .map(([key, value]) => ({ label: categoryLabel(t, key), value, text: f.money(value) }));
    if (bars.length) blocks.push({ kind: "bars", title: t("cost.byCategory"), bars });
  }
  if (cost.monthly.length >= 2) blocks.push(cumulativeSeries(ctx));
  const alt = cost.cloudAlternative;
  if (alt.monthlyUsd > 0)
    blocks.push({
      kind: "paragraph",
      text: t("cost.cloudAlternative", {
        model: alt.model,
        monthly: f.money(alt.monthlyUsd),
        tco: f.money(alt.tcoUsd),
      }),
    });
  blocks.push(
    { kind: "heading", level: 2, text: t("cost.lines") },
    {
      kind: "table",
      columns: [
        { header: t("cost.item"), share: 0.56 },
        { header: t("cost.quantity"), share: 0.1, align: "right" },
        { header: t("cost.linesCapex"), share: 0.17, align: "right" },
        { header: t("cost.linesMonthly"), share: 0.17, align: "right" },
      ],
      rows: cost.lines.map((l) => [
        costItemLabel(t, l),
        f.number(l.quantity),
        f.money(l.capexUsd),
        f.money(l.monthlyUsd),
      ]),
    },
  );
  return blocks;
}
