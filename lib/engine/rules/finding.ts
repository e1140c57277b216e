import type { Finding, FindingParams, FindingPatch, FindingTarget } from "../report-schema";

export const planTarget: FindingTarget = { type: "plan", id: null };
export const nodeTarget = (id: string): FindingTarget => ({ type: "node", id });
export const edgeTarget = (id: string): FindingTarget => ({ type: "edge", id });
export const zoneTarget = (id: string): FindingTarget => ({ type: "zone", id });

export function finding(
  code: string,
  severity: Finding["severity"],
  target: FindingTarget,
  message: string,
  fix: string,
  params?: FindingParams,
  patch?: FindingPatch,
): Finding {
  return { code, severity, target, message, fix, ...(params ? { params } : {}), ...(patch ? { patch } : {}) };
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then info; stable within a severity (the order the rules produced them). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1])
    .map(([f]) => f);
}
