import { estimateRequestSchema } from "../llm/estimate-schema";
import { estimateResolved } from "../llm/estimate";
import type { EfficiencyParams } from "../llm/efficiency-types";
import { efficiencyFor } from "../llm/efficiency";
import { resolveRequest, type ResolvedRequest } from "../llm/resolve";
import { CALIBRATION_ROWS, isFitRow, predicted, type CalibrationRow } from "./rows";

export interface ScoredRow extends CalibrationRow {
  predicted: number;
  /** predicted / measured */
  ratio: number;
  /** |predicted − measured| / measured */
  ape: number;
  efficiencyKey: string;
  fit: boolean;
}

const resolvedCache = new Map<string, ResolvedRequest>();
function resolved(row: CalibrationRow): ResolvedRequest {
  let r = resolvedCache.get(row.id);
  if (!r) {
    r = resolveRequest(estimateRequestSchema.parse(row.request));
    resolvedCache.set(row.id, r);
  }
  return r;
}

export function efficiencyKeyOf(row: CalibrationRow): string {
  const r = resolved(row);
  return efficiencyFor(r.framework.id, r.hardware.family).key;
}

/** Runs every row through the engine (with the table's efficiency, or `override` for the row's key). */
export function scoreRows(
  rows: CalibrationRow[] = CALIBRATION_ROWS,
  override?: Map<string, EfficiencyParams>,
): ScoredRow[] {
  return rows.map((row) => {
    const r = resolved(row);
    const key = efficiencyFor(r.framework.id, r.hardware.family).key;
    const base = override?.get(key) ?? efficiencyFor(r.framework.id, r.hardware.family).params;
    const detail = estimateResolved(r, {
      efficiency: row.efficiencyPatch ? { ...base, ...row.efficiencyPatch } : base,
    });
    const p = predicted(row, detail);
    return {
      ...row,
      predicted: p,
      ratio: p / row.measured,
      ape: Math.abs(p - row.measured) / row.measured,
      efficiencyKey: key,
      fit: isFitRow(row.id),
    };
  });
}

export interface GroupStats {
  category: string;
  metric: string;
  n: number;
  medianApe: number;
  p90Ape: number;
  worst: ScoredRow[];
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function statsOf(rows: ScoredRow[]): { n: number; medianApe: number; p90Ape: number } {
  const apes = rows.map((r) => r.ape).sort((a, b) => a - b);
  return { n: rows.length, medianApe: quantile(apes, 0.5), p90Ape: quantile(apes, 0.9) };
}

/** Median and 90th-percentile absolute percentage error per category × metric, with the worst rows. */
export function groupStats(rows: ScoredRow[], worstCount = 3): GroupStats[] {
  const groups = new Map<string, ScoredRow[]>();
  for (const r of rows) {
    const k = `${r.category}|${r.metric}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.entries()].map(([k, rs]) => {
    const [category, metric] = k.split("|") as [string, string];
    return {
      category,
      metric,
      ...statsOf(rs),
      worst: [...rs].sort((a, b) => b.ape - a.ape).slice(0, worstCount),
    };
  });
}

/** The targets: per-stream decode and prefill median ≤ 15%; aggregate throughput and latency ≤ 25%; no row off by 2×. */
export const TARGETS = { perStreamMedianApe: 0.15, aggregateMedianApe: 0.25, maxRatio: 2 } as const;

export function targetKind(row: Pick<CalibrationRow, "kind">): "per-stream" | "aggregate" {
  return row.kind === "decode_per_stream" || row.kind === "prefill" ? "per-stream" : "aggregate";
}

export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  ok: boolean;
}

export function checkTargets(rows: ScoredRow[], label: string): TargetCheck[] {
  const perStream = rows.filter((r) => targetKind(r) === "per-stream");
  const aggregate = rows.filter((r) => targetKind(r) === "aggregate");
  const decode = perStream.filter((r) => r.kind === "decode_per_stream");
  const prefill = perStream.filter((r) => r.kind === "prefill");
  const worstRatio = Math.max(...rows.map((r) => Math.max(r.ratio, 1 / r.ratio)));
  const checks: TargetCheck[] = [
    {
      name: `${label}: per-stream decode median APE`,
      value: statsOf(decode).medianApe,
      limit: TARGETS.perStreamMedianApe,
      ok: false,
    },
    {
      name: `${label}: prefill median APE`,
      value: statsOf(prefill).medianApe,
      limit: TARGETS.perStreamMedianApe,
      ok: false,
    },
    {
      name: `${label}: aggregate throughput and latency median APE`,
      value: statsOf(aggregate).medianApe,
      limit: TARGETS.aggregateMedianApe,
      ok: false,
    },
    { name: `${label}: worst row (× off)`, value: worstRatio, limit: TARGETS.maxRatio, ok: false },
  ];
  return checks.map((c) => ({ ...c, ok: Number.isFinite(c.value) && c.value <= c.limit }));
}
