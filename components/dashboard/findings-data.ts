import { SEVERITIES, type Finding } from "@/lib/engine/report-schema";
import { formatNumber } from "@/lib/format";

export type Severity = Finding["severity"];

/** Group headings and filter-chip names, most severe first. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "Errors",
  warning: "Warnings",
  info: "Info",
};

export interface FindingGroup {
  severity: Severity;
  label: string;
  findings: Finding[];
}

/** Findings grouped by severity (errors, warnings, info), each group in the report's order; empty groups kept. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    label: SEVERITY_LABELS[severity],
    findings: findings.filter((f) => f.severity === severity),
  }));
}

/** Findings per severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The non-empty groups whose severity is switched on in the filter. */
export function visibleGroups(groups: readonly FindingGroup[], shown: ReadonlySet<Severity>): FindingGroup[] {
  return groups.filter((g) => g.findings.length > 0 && shown.has(g.severity));
}

/** "1 error, 2 warnings, 0 info" — the list's one-line summary. */
export function findingsSummary(counts: Record<Severity, number>): string {
  const n = (x: number, one: string, many: string) => `${formatNumber(x)} ${x === 1 ? one : many}`;
  return `${n(counts.error, "error", "errors")}, ${n(counts.warning, "warning", "warnings")}, ${formatNumber(counts.info)} info`;
}
