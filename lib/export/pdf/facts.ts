import { COMPONENTS } from "../../catalog/components";
import { aboveTargetUtilisation } from "../../engine/policy";
import type { Finding, Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * What a proposal says in plain words, computed once from the engine's report for the PDF and the customer view
 * alike: who is served, whether the service levels hold, what runs where, what it costs, the spare capacity and
 * the main risks. Risks are kinds plus a subject (a component's name), never finding codes or ids: the words come
 * from the message files.
 */
export type RiskKind = "slo" | "headroom" | "single" | "external" | "budget";

export interface Risk {
  kind: RiskKind;
  subject: string;
  /** Headroom share for `headroom` (capacity / demand − 1). */
  headroom?: number;
  /** For `budget`: the monthly cost and the plan's ceiling, USD. */
  monthlyUsd?: number;
  budgetUsd?: number;
}

export interface ProposalFacts {
  users: number;
  peakActiveUsers: number;
  peakRequestsPerSecond: number;
  sloMet: number;
  sloTotal: number;
  /** Smallest headroom of the self-hosted AI services at peak (null: none, or no demand). */
  minHeadroom: number | null;
  /** Zones in plan order with the names of what runs there; components outside zones under `outside`. */
  zones: { label: string; components: string[] }[];
  outside: string[];
  capexUsd: number;
  monthlyUsd: number;
  /** Years the total covers (3, or the plan's horizon when shorter) and the cumulative cost at its end. */
  years: number;
  totalUsd: number;
  risks: Risk[];
}

/** Months in the three-year figure customers compare offers on. */
const THREE_YEARS_MONTHS = 36;

function placement(plan: PlanDocument): Pick<ProposalFacts, "zones" | "outside"> {
  const zones = plan.zones.map((z) => ({
    label: z.label,
    components: plan.nodes.filter((n) => n.zoneId === z.id).map((n) => n.label),
  }));
  const outside = plan.nodes.filter((n) => n.zoneId === null).map((n) => n.label);
  return { zones: zones.filter((z) => z.components.length > 0), outside };
}

function risksOf(plan: PlanDocument, report: Report, monthlyUsd: number): Risk[] {
  const label = new Map(plan.nodes.map((n) => [n.id, n.label]));
  const risks: Risk[] = [];
  for (const s of report.serving) {
    if (s.mode === "cloud") risks.push({ kind: "external", subject: s.label });
    else if (!s.meetsSlo) risks.push({ kind: "slo", subject: s.label });
    else if (s.utilisation !== null && s.headroom !== null && aboveTargetUtilisation(s.utilisation))
      risks.push({ kind: "headroom", subject: s.label, headroom: s.headroom });
  }
  const singles = report.findings.filter(
    (f) => f.code === "single-point-of-failure" && f.target.type === "node" && f.target.id !== null,
  );
  for (const f of singles) risks.push({ kind: "single", subject: label.get(f.target.id!) ?? f.target.id! });
  const budget = plan.constraints.maxMonthlyUsd;
  if (budget !== undefined && monthlyUsd > budget)
    risks.push({ kind: "budget", subject: "", monthlyUsd, budgetUsd: budget });
  return risks;
}

export function proposalFacts(plan: PlanDocument, report: Report): ProposalFacts {
  const selfHosted = report.serving.filter((s) => s.mode === "self-hosted");
  const headrooms = selfHosted.map((s) => s.headroom).filter((h): h is number => h !== null);
  const monthlyUsd = report.cost.monthlyRunCostUsd;
  const months = Math.min(THREE_YEARS_MONTHS, report.plan.horizonMonths);
  const atEnd = report.cost.monthly.filter((m) => m.month < months).at(-1);
  return {
    users: report.plan.users,
    peakActiveUsers: report.demand.peakActiveUsers,
    peakRequestsPerSecond: report.demand.peakRequestsPerSecond,
    sloMet: report.serving.filter((s) => s.meetsSlo).length,
    sloTotal: report.serving.length,
    minHeadroom: headrooms.length ? Math.min(...headrooms) : null,
    ...placement(plan),
    capexUsd: report.cost.capexUsd,
    monthlyUsd,
    years: Math.max(1, Math.round(months / 12)),
    totalUsd: atEnd?.cumulativeUsd ?? report.cost.tcoUsd,
    risks: risksOf(plan, report, monthlyUsd),
  };
}

/** The catalog's name of a node's kind (the customer reads "Load balancer", never "lb"). */
export function kindName(kind: string): string {
  return kind in COMPONENTS ? COMPONENTS[kind as keyof typeof COMPONENTS].name : kind;
}

/** A finding's stable key (what a share link stores for "points to review"): code, target type and id. */
export function findingKey(f: Pick<Finding, "code" | "target">): string {
  return `${f.code}:${f.target.type}:${f.target.id ?? ""}`;
}

/** The report's findings whose keys were picked, in the report's order. */
export function pickFindings(report: Pick<Report, "findings">, keys: readonly string[] = []): Finding[] {
  const wanted = new Set(keys);
  return report.findings.filter((f) => wanted.has(findingKey(f)));
}
