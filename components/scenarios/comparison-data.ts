import type { Comparison, ScenarioSummary } from "@/lib/engine/compare";
import { formatHeadroom } from "@/components/advisor/options-data";
import {
  formatMs,
  formatNumber,
  formatTokensPerSecond,
  formatUsd,
  formatWatts,
  type Locale,
} from "@/lib/format";
import { renderDescriptionParts } from "@/lib/i18n/advisor";
import { renderFinding } from "@/lib/i18n/findings";
import { looseTranslator, translator } from "@/lib/i18n/translate";
import type { Scenario } from "@/lib/plan/plan-schema";

/**
 * The side-by-side comparison table: one column per design (the current design first, then each scenario), one
 * row per figure, cells already formatted in the plan's currency. Pure.
 */

/** Kind badge of a scenario column ("Self-hosted"), in the locale. */
export function kindLabel(kind: Scenario["kind"], locale: Locale = "en"): string {
  return translator(locale, "scenarios")(`comparison.kind.${kind}`);
}

/**
 * Short badge text of an operational-risk finding code `compareScenarios` reports (lib/engine/compare.ts), in the
 * locale; an unknown code reads as its words ("new-risk" → "new risk").
 */
export function riskLabel(code: string, locale: Locale = "en"): string {
  const t = looseTranslator(locale, "scenarios");
  const key = `comparison.risk.${code}`;
  return t.has(key) ? t(key) : code.replace(/-/g, " ");
}

export interface RiskBadge {
  code: string;
  label: string;
  severity: "error" | "warning" | "info";
  /** The finding's full message (the badge's tooltip). */
  message: string;
}

export interface ComparisonColumn {
  /** Stable React key: the column's position ("c0" is the current design). */
  key: string;
  /** The scenario's id; null for the current design. */
  scenarioId: string | null;
  name: string;
  kind: Scenario["kind"];
  kindLabel: string;
  isCurrent: boolean;
  /** What it deploys (models, hardware, counts). */
  description: string;
  meetsSlo: boolean;
  risks: RiskBadge[];
}

export interface ComparisonCell {
  text: string;
  tone?: "ok" | "warning" | "error";
  /** Best value of the row (cheapest, fastest, most headroom…), among the designs that meet the SLOs. */
  best?: boolean;
}

export interface ComparisonMetric {
  id: string;
  label: string;
  /** How the figure is measured (shown under the label). */
  hint?: string;
  cells: ComparisonCell[];
}

/**
 * A comparison restricted to the scenarios the plan still holds (the current design always stays), so a result
 * computed before a scenario was removed never offers Apply / Remove on a scenario that is gone. Scenarios added
 * since are missing until the next result. Break-evens are kept when both designs are.
 */
export function comparisonForPlan(comparison: Comparison, scenarioIds: readonly string[]): Comparison {
  const ids = new Set(scenarioIds);
  const seen = new Set<string>();
  const rows = comparison.rows.filter((r, i) => {
    if (i === 0) return true;
    if (!ids.has(r.scenarioId) || seen.has(r.scenarioId)) return false;
    seen.add(r.scenarioId);
    return true;
  });
  if (rows.length === comparison.rows.length) return comparison;
  const kept = new Set(rows.map((r) => r.scenarioId));
  return { rows, breakEvens: comparison.breakEvens.filter((b) => kept.has(b.a) && kept.has(b.b)) };
}

const severityOf = (s: string): RiskBadge["severity"] =>
  s === "error" ? "error" : s === "warning" ? "warning" : "info";

/** Risk badges of a design, errors first, one per code. */
export function riskBadges(row: Pick<ScenarioSummary, "risks">, locale: Locale = "en"): RiskBadge[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const seen = new Set<string>();
  return row.risks
    .filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)))
    .map((r) => ({
      code: r.code,
      label: riskLabel(r.code, locale),
      severity: severityOf(r.severity),
      // The finding's words in the locale (the findings catalog), the engine's English where it has none.
      message: renderFinding({ code: r.code, message: r.message, fix: "", params: r.params }, locale).message,
    }))
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** What a design deploys in `locale`; a row computed before descriptionParts existed keeps its English. */
function columnDescription(r: Pick<ScenarioSummary, "description" | "descriptionParts">, locale: Locale) {
  return Array.isArray(r.descriptionParts)
    ? renderDescriptionParts(r.descriptionParts, locale)
    : r.description;
}

export function comparisonColumns(comparison: Comparison, locale: Locale = "en"): ComparisonColumn[] {
  const t = translator(locale, "scenarios");
  return comparison.rows.map((r, i) => ({
    key: `c${i}`,
    scenarioId: i === 0 ? null : r.scenarioId,
    name: r.name,
    kind: r.kind,
    kindLabel: i === 0 ? t("comparison.current") : kindLabel(r.kind, locale),
    isCurrent: i === 0,
    description: columnDescription(r, locale) || t("comparison.noAiNode"),
    meetsSlo: r.meetsSlo,
    risks: riskBadges(r, locale),
  }));
}

/** Marks the best cell of a row among the designs that meet the SLOs (none when fewer than two qualify). */
function markBest(
  rows: readonly ScenarioSummary[],
  cells: ComparisonCell[],
  value: (r: ScenarioSummary) => number | null,
  better: "low" | "high",
): ComparisonCell[] {
  const candidates = rows
    .map((r, i) => ({ i, v: value(r), ok: r.meetsSlo }))
    .filter((x): x is { i: number; v: number; ok: boolean } => x.ok && x.v !== null && Number.isFinite(x.v));
  if (candidates.length < 2) return cells;
  const target =
    better === "low" ? Math.min(...candidates.map((x) => x.v)) : Math.max(...candidates.map((x) => x.v));
  const best = new Set(candidates.filter((x) => x.v === target).map((x) => x.i));
  if (best.size === candidates.length) return cells;
  return cells.map((c, i) => (best.has(i) ? { ...c, best: true } : c));
}

type BestOf = { value: (r: ScenarioSummary) => number | null; better: "low" | "high" };

/** What every group of figures needs: the rows, the locale's words and formats, and a row builder. */
function metricKit(comparison: Comparison, currency: string, rate: number, locale: Locale) {
  const rows = comparison.rows;
  const lt = looseTranslator(locale, "scenarios");
  const metric = (
    id: string,
    cell: (r: ScenarioSummary) => ComparisonCell,
    hint?: string,
    best?: BestOf,
  ): ComparisonMetric => {
    const cells = rows.map(cell);
    return {
      id,
      label: lt(`comparison.metric.${id}`),
      hint,
      cells: best ? markBest(rows, cells, best.value, best.better) : cells,
    };
  };
  return {
    metric,
    t: translator(locale, "scenarios"),
    hintOf: (id: string) => lt(`comparison.hint.${id}`),
    money: (usd: number) => formatUsd(usd, currency, rate, locale),
    num: (x: number) => formatNumber(x, 0, locale),
    tps: (x: number) => formatTokensPerSecond(x, locale),
    horizon: rows[0]?.cumulativeUsd.length ?? 0,
    locale,
  };
}

type MetricKit = ReturnType<typeof metricKit>;

/** Whether each design keeps up: SLOs met, capacity against demand, headroom. */
function fitMetrics({ metric, t, hintOf, tps, locale }: MetricKit): ComparisonMetric[] {
  return [
    metric("slo", (r) =>
      r.meetsSlo
        ? { text: t("comparison.cell.yes"), tone: "ok" }
        : { text: t("comparison.cell.no"), tone: "error" },
    ),
    metric(
      "capacity",
      (r) => ({
        text:
          r.headroom === null
            ? t("comparison.cell.elastic", { demand: tps(r.demandOutputTokensPerSecond) })
            : t("comparison.cell.capacityFor", {
                capacity: tps(r.capacityOutputTokensPerSecond),
                demand: tps(r.demandOutputTokensPerSecond),
              }),
        tone:
          r.headroom !== null && r.capacityOutputTokensPerSecond < r.demandOutputTokensPerSecond
            ? "error"
            : undefined,
      }),
      hintOf("capacity"),
    ),
    metric(
      "headroom",
      (r) => ({
        text: formatHeadroom(r.headroom, true, locale),
        tone: r.headroom !== null && r.headroom < 0 ? "error" : undefined,
      }),
      undefined,
      { value: (r) => r.headroom, better: "high" },
    ),
  ];
}

/** What a user sees: speed per stream and time to first token. */
function speedMetrics({ metric, hintOf, tps, locale }: MetricKit): ComparisonMetric[] {
  return [
    metric("per-user", (r) => ({ text: tps(r.decodeTokensPerSecondPerStream) }), hintOf("per-user"), {
      value: (r) => r.decodeTokensPerSecondPerStream,
      better: "high",
    }),
    metric("ttft", (r) => ({ text: formatMs(r.ttftMs, locale) }), hintOf("ttft"), {
      value: (r) => r.ttftMs,
      better: "low",
    }),
  ];
}

/** Money in the plan's currency: monthly run cost, CAPEX, TCO over the horizon. */
function costMetrics({ metric, t, hintOf, money, num, horizon }: MetricKit): ComparisonMetric[] {
  return [
    metric("monthly", (r) => ({ text: money(r.monthlyCostUsd) }), hintOf("monthly"), {
      value: (r) => r.monthlyCostUsd,
      better: "low",
    }),
    metric("capex", (r) => ({ text: money(r.capexUsd) }), hintOf("capex"), {
      value: (r) => r.capexUsd,
      better: "low",
    }),
    metric(
      "tco",
      (r) => ({ text: money(r.tcoUsd) }),
      t("comparison.hint.tco", { months: num(horizon), n: horizon }),
      { value: (r) => r.tcoUsd, better: "low" },
    ),
  ];
}

/** The physical footprint: power, rack space, GPUs. */
function footprintMetrics({ metric, t, hintOf, num, locale }: MetricKit): ComparisonMetric[] {
  return [
    metric("power", (r) => ({ text: formatWatts(r.powerW, locale) }), hintOf("power"), {
      value: (r) => r.powerW,
      better: "low",
    }),
    metric(
      "rack",
      (r) => ({ text: t("comparison.cell.rackUnits", { count: num(r.rackUnits) }) }),
      hintOf("power"),
      {
        value: (r) => r.rackUnits,
        better: "low",
      },
    ),
    metric("gpus", (r) => ({ text: num(r.gpus) }), hintOf("gpus")),
  ];
}

/** Compliance: whether data leaves the premises, and the design's findings. */
function complianceMetrics({ metric, t, num }: MetricKit): ComparisonMetric[] {
  return [
    metric("data", (r) =>
      r.dataLeavesPremises
        ? { text: t("comparison.cell.yesCloud"), tone: "warning" }
        : { text: t("comparison.cell.no") },
    ),
    metric("findings", (r) => ({
      text:
        r.errors + r.warnings === 0
          ? t("comparison.cell.none")
          : [
              r.errors ? t("comparison.cell.errors", { count: num(r.errors), n: r.errors }) : "",
              r.warnings ? t("comparison.cell.warnings", { count: num(r.warnings), n: r.warnings }) : "",
            ]
              .filter(Boolean)
              .join(", "),
      tone: r.errors ? "error" : r.warnings ? "warning" : undefined,
    })),
  ];
}

/** The figures compared, one row each. Money in the plan's currency (`rate` = display currency per USD). */
export function comparisonMetrics(
  comparison: Comparison,
  currency = "USD",
  rate = 1,
  locale: Locale = "en",
): ComparisonMetric[] {
  const kit = metricKit(comparison, currency, rate, locale);
  return [
    ...fitMetrics(kit),
    ...speedMetrics(kit),
    ...costMetrics(kit),
    ...footprintMetrics(kit),
    ...complianceMetrics(kit),
  ];
}
