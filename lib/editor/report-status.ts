import type { Finding, Report } from "../engine/report-schema";

export type Severity = Finding["severity"];
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst severity among the findings targeting each node (or zone, or edge) — the canvas badges. */
export function worstSeverityBy(
  findings: Finding[],
  type: "node" | "edge" | "zone",
): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const f of findings) {
    if (f.target.type !== type || f.target.id === null) continue;
    const prev = out[f.target.id];
    if (!prev || RANK[f.severity] > RANK[prev]) out[f.target.id] = f.severity;
  }
  return out;
}

/** How many findings of each severity target one element (for the badge's text). */
export function countFindings(findings: Finding[], type: Finding["target"]["type"], id: string | null) {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.target.type === type && f.target.id === id) counts[f.severity]++;
  return counts;
}

/** Edge state on the canvas: denied by the firewall rules, slower than its limit, or fine. */
export type EdgeStatus = "ok" | "slow" | "denied";

export function edgeStatuses(report: Report): Record<string, EdgeStatus> {
  const out: Record<string, EdgeStatus> = {};
  for (const row of report.network) {
    out[row.edgeId] = !row.allowed
      ? "denied"
      : row.maxMs !== null && row.latencyMs > row.maxMs
        ? "slow"
        : "ok";
  }
  return out;
}

/** Same keys with the same values (so the store can keep the previous object and spare re-renders). */
export function sameRecord<T>(prev: Record<string, T>, next: Record<string, T>): boolean {
  const a = Object.keys(prev);
  const b = Object.keys(next);
  return a.length === b.length && a.every((k) => prev[k] === next[k]);
}
