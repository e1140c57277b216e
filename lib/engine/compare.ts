import { getCloudModel, getProduct } from "../catalog";
import { monthlyRunCostUsd } from "./headline";
import type { PlanDocument, Scenario } from "../plan/plan-schema";
import {
  aiNodeDescriptionParams,
  applyScenario,
  describeAiNodes,
  type AiNodeDescription,
} from "../plan/scenarios";
import { evaluate } from "./evaluate";
import type { FindingParams, Report } from "./report-schema";

/** One scenario's figures, side by side with the others. */
export interface ScenarioSummary {
  scenarioId: string;
  name: string;
  kind: Scenario["kind"];
  /** What it deploys, in English (describeAiNodes). */
  description: string;
  /** The same description as forms and params, one per AI node, for other languages (lib/i18n renderDescriptionParts). */
  descriptionParts: AiNodeDescription[];
  meetsSlo: boolean;
  /** LLM capacity within the SLOs vs peak demand, output tok/s (cloud: elastic → capacity = demand). */
  capacityOutputTokensPerSecond: number;
  demandOutputTokensPerSecond: number;
  headroom: number | null;
  ttftMs: number;
  decodeTokensPerSecondPerStream: number;
  capexUsd: number;
  /** Monthly run cost (OPEX, month N), USD: the report's `cost.monthlyRunCostUsd` via lib/engine/headline.ts. */
  monthlyCostUsd: number;
  tcoUsd: number;
  cumulativeUsd: number[];
  powerW: number;
  rackUnits: number;
  /** Accelerators of the model-serving nodes (LLM and embeddings; OCR GPUs of document workers not included). */
  gpus: number;
  dataLeavesPremises: boolean;
  errors: number;
  warnings: number;
  /**
   * Operational-risk findings (macOS limits, single instances, capacity, dev-only frameworks…): codes, the engine's
   * English message and the params the findings catalog words it from in other languages.
   */
  risks: { code: string; severity: string; message: string; params?: FindingParams }[];
}

const RISK_CODES = new Set([
  "macos-limits",
  "macos-users",
  "macos-availability",
  "macos-cluster-size",
  "macos-file-descriptors",
  "single-serving-instance",
  "capacity-tight",
  "capacity-exceeded",
  "capacity-runs-out",
  "framework-dev-only",
  "slo-not-met",
  "data-leaves-premises",
  "does-not-fit",
]);

export function summarize(
  s: Pick<Scenario, "id" | "name" | "kind" | "nodes">,
  report: Report,
): ScenarioSummary {
  const llm = report.serving.filter((x) => x.purpose === "llm");
  const capacity = llm.reduce((a, x) => a + x.capacityOutputTokensPerSecond, 0);
  const demand = llm.reduce((a, x) => a + x.demandOutputTokensPerSecond, 0);
  const main = [...llm].sort((a, b) => b.trafficShare - a.trafficShare)[0];
  return {
    scenarioId: s.id,
    name: s.name,
    kind: s.kind,
    description: describeAiNodes(s.nodes),
    descriptionParts: s.nodes.map(aiNodeDescriptionParams),
    meetsSlo: report.serving.length > 0 && report.serving.every((x) => x.meetsSlo),
    capacityOutputTokensPerSecond: capacity,
    demandOutputTokensPerSecond: demand,
    headroom: llm.every((x) => x.mode === "cloud") ? null : demand > 0 ? capacity / demand - 1 : null,
    ttftMs: main?.ttftMs ?? 0,
    decodeTokensPerSecondPerStream: main?.decodeTokensPerSecondPerStream ?? 0,
    capexUsd: report.cost.capexUsd,
    monthlyCostUsd: monthlyRunCostUsd(report), // the same run cost as every other screen (headline.ts)
    tcoUsd: report.cost.tcoUsd,
    cumulativeUsd: report.cost.monthly.map((m) => m.cumulativeUsd),
    powerW: report.totals.powerW,
    rackUnits: report.totals.rackUnits,
    gpus: report.serving.reduce((a, x) => a + x.gpus, 0),
    dataLeavesPremises: report.serving.some((x) => x.mode === "cloud" && x.trafficShare > 0),
    errors: report.findings.filter((f) => f.severity === "error").length,
    warnings: report.findings.filter((f) => f.severity === "warning").length,
    risks: report.findings
      .filter((f) => RISK_CODES.has(f.code))
      .map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        ...(f.params ? { params: f.params } : {}),
      })),
  };
}

export interface BreakEven {
  a: string;
  b: string;
  /** First month in which the scenario that costs more up front (a) is cumulatively no dearer than b; null: never within the horizon. */
  month: number | null;
}

/** Break-even months between every pair whose cumulative cost curves cross within the horizon. */
export function breakEvens(rows: ScenarioSummary[]): BreakEven[] {
  const out: BreakEven[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      let [a, b] = [rows[i]!, rows[j]!];
      if ((a.cumulativeUsd[0] ?? 0) < (b.cumulativeUsd[0] ?? 0)) [a, b] = [b, a];
      const m = a.cumulativeUsd.findIndex((v, k) => v <= (b.cumulativeUsd[k] ?? Infinity));
      out.push({ a: a.scenarioId, b: b.scenarioId, month: m >= 0 ? m : null });
    }
  }
  return out;
}

export interface Comparison {
  rows: ScenarioSummary[];
  breakEvens: BreakEven[];
}

/**
 * Compares the current design and every scenario of the plan: each scenario's AI nodes replace the plan's and the
 * whole plan is evaluated (so the figures are the ones the dashboard would show after "Apply").
 */
export function compareScenarios(plan: PlanDocument, scenarios: Scenario[] = plan.scenarios): Comparison {
  const current = summarize(
    {
      id: "current",
      name: "Current design",
      kind: "custom",
      nodes: plan.nodes.filter((n) => ["llm", "embeddings", "cloud-llm"].includes(n.kind)),
    },
    evaluate(plan),
  );
  const rows = [current, ...scenarios.map((s) => summarize(s, evaluate(applyScenario(plan, s))))];
  return { rows, breakEvens: breakEvens(rows) };
}

export const SENSITIVITY_FACTORS = [0.5, 0.75, 1.25, 1.5] as const;
export type SensitivityDriver = "users" | "tokens" | "prices";

export interface SensitivityPoint {
  driver: SensitivityDriver;
  factor: number;
  monthlyCostUsd: number;
  headroom: number | null;
  meetsSlo: boolean;
}

function scaled(plan: PlanDocument, driver: SensitivityDriver, f: number): PlanDocument {
  const p = structuredClone(plan);
  if (driver === "users") p.workload.users = Math.max(1, Math.round(p.workload.users * f));
  if (driver === "tokens") {
    p.workload.promptTokens = Math.max(1, Math.round(p.workload.promptTokens * f));
    p.workload.outputTokens = Math.max(1, Math.round(p.workload.outputTokens * f));
  }
  if (driver === "prices") {
    const c = p.costs;
    c.powerUsdPerKwh *= f;
    c.hostingUsdPerRackUnitMonth *= f;
    c.computeServerUsd *= f;
    c.storageUsdPerTbMonth = {
      nvme: c.storageUsdPerTbMonth.nvme * f,
      ssd: c.storageUsdPerTbMonth.ssd * f,
      hdd: c.storageUsdPerTbMonth.hdd * f,
    };
    scalePrices(p, f);
  }
  return p;
}

/** Hardware and cloud prices × f, as plan overrides (catalog prices stay untouched). */
function scalePrices(p: PlanDocument, f: number): void {
  for (const n of p.nodes) {
    const s = n.serving;
    if (s?.product)
      p.costs.hardwarePriceOverridesUsd[s.product] =
        (p.costs.hardwarePriceOverridesUsd[s.product] ?? productListPrice(s.product)) * f;
  }
}

const productListPrice = (id: string) => getProduct(id)?.price.usd ?? 0;

function scaleCloud(p: PlanDocument, f: number): void {
  for (const n of p.nodes) {
    if (!n.cloud) continue;
    const m = getCloudModel(n.cloud.model);
    const cur = p.costs.cloudPriceOverrides[n.cloud.model] ?? {
      inputUsdPerMTok: m?.inputPerMTok.usd ?? 0,
      outputUsdPerMTok: m?.outputPerMTok?.usd ?? 0,
    };
    p.costs.cloudPriceOverrides[n.cloud.model] = {
      inputUsdPerMTok: cur.inputUsdPerMTok * f,
      outputUsdPerMTok: cur.outputUsdPerMTok * f,
    };
  }
}

/**
 * How a scenario's monthly cost and headroom move when users, tokens per request or prices change by ±25% and
 * ±50% (the data of a tornado chart). Each point re-evaluates the whole plan.
 */
export function sensitivity(plan: PlanDocument, scenario?: Pick<Scenario, "nodes">): SensitivityPoint[] {
  const base = scenario ? applyScenario(plan, scenario) : plan;
  const out: SensitivityPoint[] = [];
  for (const driver of ["users", "tokens", "prices"] as const) {
    for (const factor of SENSITIVITY_FACTORS) {
      const p = scaled(base, driver, factor);
      if (driver === "prices") scaleCloud(p, factor);
      const row = summarize({ id: "s", name: "s", kind: "custom", nodes: [] }, evaluate(p));
      out.push({
        driver,
        factor,
        monthlyCostUsd: row.monthlyCostUsd,
        headroom: row.headroom,
        meetsSlo: row.meetsSlo,
      });
    }
  }
  return out;
}
