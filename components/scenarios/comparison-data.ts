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
import type { Scenario } from "@/lib/plan/plan-schema";

/**
 * The side-by-side comparison table: one column per design (the current design first, then each scenario), one
 * row per figure, cells already formatted in the plan's currency. Pure.
 */

export const KIND_LABELS: Record<Scenario["kind"], string> = {
  cloud: "Cloud",
  "self-hosted": "Self-hosted",
  hybrid: "Hybrid",
  "mac-cluster": "Apple Silicon",
  custom: "Custom",
};

/** Short badge text of each operational-risk finding code `compareScenarios` reports (lib/engine/compare.ts). */
export const RISK_LABELS: Record<string, string> = {
  "macos-limits": "macOS limits",
  "macos-users": "macOS: too many users",
  "macos-availability": "macOS availability",
  "macos-cluster-size": "Mac cluster size",
  "macos-file-descriptors": "macOS file descriptors",
  "single-serving-instance": "Single instance",
  "capacity-tight": "Capacity tight",
  "capacity-exceeded": "Over capacity",
  "capacity-runs-out": "Capacity runs out",
  "framework-dev-only": "Dev-only framework",
  "slo-not-met": "SLOs missed",
  "data-leaves-premises": "Data leaves premises",
  "does-not-fit": "Does not fit",
};

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
export function riskBadges(row: Pick<ScenarioSummary, "risks">): RiskBadge[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const seen = new Set<string>();
  return row.risks
    .filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)))
    .map((r) => ({
      code: r.code,
      label: RISK_LABELS[r.code] ?? r.code.replace(/-/g, " "),
      severity: severityOf(r.severity),
      message: r.message,
    }))
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

export function comparisonColumns(comparison: Comparison): ComparisonColumn[] {
  return comparison.rows.map((r, i) => ({
    key: `c${i}`,
    scenarioId: i === 0 ? null : r.scenarioId,
    name: r.name,
    kind: r.kind,
    kindLabel: i === 0 ? "Current" : KIND_LABELS[r.kind],
    isCurrent: i === 0,
    description: r.description || "No LLM or embedding node",
    meetsSlo: r.meetsSlo,
    risks: riskBadges(r),
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

/** The figures compared, one row each. Money in the plan's currency (`rate` = display currency per USD). */
export function comparisonMetrics(
  comparison: Comparison,
  currency = "USD",
  rate = 1,
  locale: Locale = "en",
): ComparisonMetric[] {
  const rows = comparison.rows;
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  const horizon = rows[0]?.cumulativeUsd.length ?? 0;
  const metric = (
    id: string,
    label: string,
    cell: (r: ScenarioSummary) => ComparisonCell,
    hint?: string,
    best?: { value: (r: ScenarioSummary) => number | null; better: "low" | "high" },
  ): ComparisonMetric => {
    const cells = rows.map(cell);
    return { id, label, hint, cells: best ? markBest(rows, cells, best.value, best.better) : cells };
  };
  return [
    metric("slo", "Meets the SLOs", (r) =>
      r.meetsSlo ? { text: "yes", tone: "ok" } : { text: "no", tone: "error" },
    ),
    metric(
      "capacity",
      "LLM capacity vs peak demand",
      (r) => ({
        text:
          r.headroom === null
            ? `elastic for ${formatTokensPerSecond(r.demandOutputTokensPerSecond)}`
            : `${formatTokensPerSecond(r.capacityOutputTokensPerSecond)} for ${formatTokensPerSecond(r.demandOutputTokensPerSecond)}`,
        tone:
          r.headroom !== null && r.capacityOutputTokensPerSecond < r.demandOutputTokensPerSecond
            ? "error"
            : undefined,
      }),
      "Output tokens/s within the SLOs, aggregate",
    ),
    metric(
      "headroom",
      "Headroom at peak",
      (r) => ({
        text: formatHeadroom(r.headroom),
        tone: r.headroom !== null && r.headroom < 0 ? "error" : undefined,
      }),
      undefined,
      { value: (r) => r.headroom, better: "high" },
    ),
    metric(
      "per-user",
      "Per user at peak",
      (r) => ({ text: formatTokensPerSecond(r.decodeTokensPerSecondPerStream) }),
      "Output tokens/s per stream",
      { value: (r) => r.decodeTokensPerSecondPerStream, better: "high" },
    ),
    metric("ttft", "Time to first token", (r) => ({ text: formatMs(r.ttftMs) }), "At peak", {
      value: (r) => r.ttftMs,
      better: "low",
    }),
    metric(
      "monthly",
      "Monthly run cost",
      (r) => ({ text: money(r.monthlyCostUsd) }),
      "OPEX + cloud APIs, month 1",
      {
        value: (r) => r.monthlyCostUsd,
        better: "low",
      },
    ),
    metric("capex", "CAPEX", (r) => ({ text: money(r.capexUsd) }), "Bought in month 0", {
      value: (r) => r.capexUsd,
      better: "low",
    }),
    metric(
      "tco",
      "TCO",
      (r) => ({ text: money(r.tcoUsd) }),
      `Over ${formatNumber(horizon)} month${horizon === 1 ? "" : "s"}`,
      { value: (r) => r.tcoUsd, better: "low" },
    ),
    metric("power", "Power", (r) => ({ text: formatWatts(r.powerW) }), "Whole plan", {
      value: (r) => r.powerW,
      better: "low",
    }),
    metric("rack", "Rack units", (r) => ({ text: `${formatNumber(r.rackUnits)} U` }), "Whole plan", {
      value: (r) => r.rackUnits,
      better: "low",
    }),
    metric("gpus", "Serving GPUs / accelerators", (r) => ({ text: formatNumber(r.gpus) }), "Serving nodes"),
    metric("data", "Data leaves the premises?", (r) =>
      r.dataLeavesPremises ? { text: "yes — cloud API", tone: "warning" } : { text: "no" },
    ),
    metric("findings", "Findings", (r) => ({
      text:
        r.errors + r.warnings === 0
          ? "none"
          : [
              r.errors ? `${formatNumber(r.errors)} error${r.errors === 1 ? "" : "s"}` : "",
              r.warnings ? `${formatNumber(r.warnings)} warning${r.warnings === 1 ? "" : "s"}` : "",
            ]
              .filter(Boolean)
              .join(", "),
      tone: r.errors ? "error" : r.warnings ? "warning" : undefined,
    })),
  ];
}
