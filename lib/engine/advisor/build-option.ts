import { getCloudModel } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { applyScenario, describeAiNodes } from "../../plan/scenarios";
import { evaluate } from "../evaluate";
import type { Report } from "../report-schema";
import type { AdviseOption } from "./advise-schema";
import { withReasons, type OptionReason } from "./reasons";
import type { SizedCandidate } from "./size-candidate";

/** Plan-level finding codes that belong to the AI layer (shown with an option). */
const AI_PLAN_CODES = new Set(["data-leaves-premises", "no-llm", "no-embeddings"]);

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A cloud-API node for `model` (its provider from the catalog; OpenAI for an id the catalog does not know),
 * labelled with the model's name as people read it.
 */
export function cloudNode(id: string, model: string, purpose: "llm" | "embeddings"): PlanNode {
  const entry = getCloudModel(model);
  return {
    id,
    kind: "cloud-llm",
    label: `${entry?.name ?? model} (${purpose === "llm" ? "LLM" : "embeddings"} API)`.slice(0, 80),
    zoneId: null,
    position: { x: 0, y: 0 },
    replicas: 1,
    cloud: { provider: entry?.provider ?? "openai", model, purpose, role: "primary" },
  };
}

/**
 * One option evaluated as a whole plan: the AI nodes put in place of the plan's, the report's cost, TCO, serving
 * figures and the findings on those nodes. Eligibility (meetsConstraints, excludedBecause) and the Pareto flag are
 * set by the caller once every option is known.
 */
export function buildOption(
  plan: PlanDocument,
  id: string,
  nodes: PlanNode[],
  extra: { llm?: SizedCandidate; embeddings?: SizedCandidate },
): AdviseOption {
  const applied = applyScenario(plan, { nodes });
  const report = evaluate(applied);
  const llm = report.serving.find((s) => s.purpose === "llm");
  const aiIds = new Set(nodes.map((n) => n.id));
  const findings = report.findings.filter(
    (f) =>
      (f.target.type === "node" && f.target.id !== null && aiIds.has(f.target.id)) ||
      AI_PLAN_CODES.has(f.code),
  );
  const c = extra.llm?.candidate;
  const llmNode = applied.nodes.find((n) => n.id === "llm" || n.id === "cloud-llm");
  const embNode = applied.nodes.find((n) => n.id === "embeddings" || n.id === "cloud-embeddings");
  return {
    id,
    description: describeAiNodes(nodes),
    deployment: {
      kind: c ? "self-hosted" : "cloud",
      llm: c
        ? {
            product: c.product.id,
            hardware: c.hardwareId,
            devicesPerInstance: c.devices,
            replicas: extra.llm!.replicas,
            model: c.model.id,
            precision: c.precision,
            framework: c.framework,
            ...(c.interconnect ? { interconnect: c.interconnect } : {}),
            gpus: c.devices * extra.llm!.replicas,
          }
        : { replicas: 1, model: llmNode?.cloud?.model ?? "", gpus: 0 },
      embeddings: embNode?.serving
        ? {
            product: embNode.serving.product,
            model: String(embNode.serving.model),
            replicas: embNode.replicas,
            hosting: "self-hosted",
          }
        : { model: embNode?.cloud?.model ?? "", replicas: 1, hosting: "cloud" },
      nodes,
    },
    meetsSlo: report.serving.length > 0 && report.serving.every((s) => s.meetsSlo),
    meetsConstraints: true,
    excludedBecause: [],
    monthlyCostUsd: report.cost.monthlyCostAmortisedUsd,
    tcoUsd: round(report.cost.tcoUsd),
    capexUsd: round(report.cost.capexUsd),
    headroom: llm?.headroom ?? null,
    ttftMs: llm?.ttftMs ?? 0,
    decodeTokensPerSecondPerStream: llm?.decodeTokensPerSecondPerStream ?? 0,
    powerW: report.totals.powerW,
    rackUnits: report.totals.rackUnits,
    dataLeavesPremises: report.serving.some((s) => s.mode === "cloud" && s.trafficShare > 0),
    paretoOptimal: false,
    ...withReasons(reasonsFor(report, extra.llm)),
    findings,
  };
}

/** Where an option stands: its capacity at the SLOs and what a user sees at peak (codes + params; see reasons.ts). */
function reasonsFor(report: Report, llm?: SizedCandidate): OptionReason[] {
  const s = report.serving.find((x) => x.purpose === "llm");
  if (!s) return [];
  const peak = { tps: s.decodeTokensPerSecondPerStream, ttftMs: Math.round(s.ttftMs) };
  if (!llm) return [{ code: "cloud-elastic", params: peak }];
  return [
    {
      code: "instances",
      params: {
        replicas: llm.replicas,
        devices: llm.candidate.devices,
        streams: llm.sloConcurrency,
        utilisationPct: Math.round((s.utilisation ?? 0) * 100),
      },
    },
    { code: "at-peak", params: peak },
  ];
}
