import { getModel } from "../../catalog";
import { precisionForModel, precisionName } from "../../plan/serving-stack";
import type { PlanDocument } from "../../plan/plan-schema";
import { usersAt } from "../platform/workload";
import {
  aboveTargetUtilisation,
  devicesPerServer,
  minReplicas,
  nPlusOneReplicas,
  replicasFor,
  replicasPerServer,
  requiresNPlusOne,
  survivesServerLoss,
  TARGET_UTILISATION,
} from "../policy";
import { firstPurchaseMonth, purchasePlan } from "../platform/cost-purchases";
import type { Finding, FindingPatch, Purchase, ServingReport } from "../report-schema";
import { finding, nodeTarget, planTarget } from "./finding";
import { warningParams } from "./warning-params";
import { servingSkuFindings } from "./serving-sku";
import { appleFindings } from "./apple";

/** Estimate warnings that make a design wrong (error) rather than worth knowing (warning/info). */
const ERROR_WARNINGS = new Set([
  "does-not-fit",
  "framework-unsupported-hardware",
  "precision-unsupported-framework",
  "context-exceeds-model",
]);
const INFO_WARNINGS = new Set([
  "interconnect-assumed",
  "precision-not-native",
  "kv-heads-replicated",
  "embedding-model-no-decode",
]);

/** What every serving rule may read besides the node's report. */
interface ServingContext {
  plan: PlanDocument;
  env: PlanDocument["metadata"]["environment"];
  /** Users at the end of the horizon / users today. */
  horizonGrowth: number;
  /** The dated growth purchases (the cost report's purchase plan). */
  purchases: Purchase[];
}

type NodeRule = (s: ServingReport, ctx: ServingContext) => Finding[];

/** The engine's estimate warnings as findings: errors make the design wrong, the rest matter in production. */
const estimateWarningFindings: NodeRule = (s, { env, plan }) =>
  s.warnings
    // macOS limits are a plan-level finding (appleFindings); a concurrency beyond memory is a capacity matter.
    .filter((w) => w.code !== "macos-limits" && w.code !== "concurrency-exceeds-memory")
    .filter((w) => w.code !== "model-below-70b" || (env === "production" && s.purpose === "llm"))
    .map((w) => {
      const severity = ERROR_WARNINGS.has(w.code)
        ? "error"
        : INFO_WARNINGS.has(w.code)
          ? "info"
          : env === "production"
            ? "warning"
            : "info";
      const node = plan.nodes.find((n) => n.id === s.nodeId);
      const params = warningParams(w.code, s.label, node) ?? (w.params && { label: s.label, ...w.params });
      return finding(
        w.code,
        severity,
        nodeTarget(s.nodeId),
        `${s.label}: ${w.message}`,
        fixFor(w.code),
        params,
      );
    });

/** The machine-applicable form of a "use N replicas" fix (none when N is not an increase). */
const setReplicas = (s: ServingReport, replicas: number): FindingPatch | undefined =>
  replicas > s.replicas ? { op: "set-replicas", nodeId: s.nodeId, replicas } : undefined;

/** Replicas the sizing policy asks of this node for `growth` × today's demand (replicasFor at its SLO capacity). */
function policyReplicasOf(s: ServingReport, env: ServingContext["env"], growth = 1): number {
  return replicasFor(demandOf(s) * growth, capacityOf(s) / s.replicas, minReplicas(s.kind, env));
}

/**
 * Capacity at peak against the sizing policy: above 100% of the SLO capacity is an error, above the 80% target a
 * warning, and a node the horizon's growth will exhaust a warning too. Each fix names the policy's replica count.
 */
const capacityFindings: NodeRule = (s, { plan, env, horizonGrowth, purchases }) => {
  if (
    s.mode !== "self-hosted" ||
    !s.fits ||
    s.capacityOutputTokensPerSecond + s.capacityInputTokensPerSecond <= 0 ||
    s.utilisation === null
  )
    return [];
  const t = nodeTarget(s.nodeId);
  const target = `${Math.round(TARGET_UTILISATION * 100)}%`;
  if (s.utilisation > 1)
    return [
      finding(
        "capacity-exceeded",
        "error",
        t,
        `${s.label} gets ${round(s.utilisation * 100)}% of its SLO capacity at peak (${round(demandOf(s))} of ${round(capacityOf(s))} ${unitOf(s)})`,
        `Use ${round(policyReplicasOf(s, env))} replicas (now ${round(s.replicas)}) to stay within ${target} of the SLO capacity, or faster hardware, or a smaller precision.`,
        {
          label: s.label,
          pct: Math.round(s.utilisation * 100),
          demand: Math.round(demandOf(s)),
          capacity: Math.round(capacityOf(s)),
          purpose: s.purpose,
          replicas: policyReplicasOf(s, env),
          now: s.replicas,
          targetPct: Math.round(TARGET_UTILISATION * 100),
        },
        setReplicas(s, policyReplicasOf(s, env)),
      ),
    ];
  if (aboveTargetUtilisation(s.utilisation))
    return [
      finding(
        "capacity-tight",
        "warning",
        t,
        `${s.label} runs at ${round(s.utilisation * 100)}% of its SLO capacity at peak: little headroom for spikes or a failed replica`,
        `Use ${round(policyReplicasOf(s, env))} replicas (now ${round(s.replicas)}) to stay within ${target}.`,
        {
          label: s.label,
          pct: Math.round(s.utilisation * 100),
          replicas: policyReplicasOf(s, env),
          now: s.replicas,
          targetPct: Math.round(TARGET_UTILISATION * 100),
        },
        setReplicas(s, policyReplicasOf(s, env)),
      ),
    ];
  if (s.utilisation * horizonGrowth > 1) {
    const w = plan.workload;
    const month = Math.ceil((12 * Math.log(1 / s.utilisation)) / Math.log(1 + w.yearlyGrowthPct / 100));
    // The cost report's purchase plan buys the replicas as growth needs them: the finding points to its first month.
    const purchaseMonth = firstPurchaseMonth(purchases, s.nodeId) ?? month;
    return [
      finding(
        "capacity-runs-out",
        "warning",
        t,
        `${s.label} has enough capacity today but user growth (${w.yearlyGrowthPct}%/year) exhausts it around month ${month}; the purchase plan buys more from month ${purchaseMonth}`,
        `Follow the purchase plan: first replicas in month ${purchaseMonth}, ${policyReplicasOf(s, env, horizonGrowth)} replicas by the end of the ${w.horizonMonths}-month horizon (CAPEX in the cost report).`,
        {
          label: s.label,
          growthPct: w.yearlyGrowthPct,
          month,
          purchaseMonth,
          replicas: policyReplicasOf(s, env, horizonGrowth),
          horizonMonths: w.horizonMonths,
        },
        setReplicas(s, policyReplicasOf(s, env, horizonGrowth)),
      ),
    ];
  }
  return [];
};

/** A node that cannot meet the SLOs at any size (self-hosted: not even one stream; cloud: the provider's speed). */
const sloFindings: NodeRule = (s) => {
  const selfHostedMiss =
    s.mode === "self-hosted" && s.purpose === "llm" && s.fits && s.sloConcurrencyPerReplica === 0;
  const cloudMiss = s.mode === "cloud" && !s.meetsSlo;
  if (!selfHostedMiss && !cloudMiss) return [];
  const fix = selfHostedMiss
    ? "Use faster hardware (more memory bandwidth), tensor parallelism over more devices, a smaller precision or a smaller model — or relax the SLOs."
    : "Choose a faster model or provider, or relax the SLOs.";
  return [
    finding("slo-not-met", "error", nodeTarget(s.nodeId), `${s.label}: ${s.sloReason}`, fix, {
      label: s.label,
      mode: s.mode,
      reason: s.sloReasonCode,
      ...s.sloReasonParams,
    }),
  ];
};

/** A self-hosted node below the environment's serving floor (production: 2) while it carries traffic. */
const singleInstanceFindings: NodeRule = (s, { env }) => {
  const min = minReplicas(s.kind, env);
  if (s.mode !== "self-hosted" || s.replicas >= min || s.demandRequestsPerSecond <= 0) return [];
  return [
    finding(
      "single-serving-instance",
      "warning",
      nodeTarget(s.nodeId),
      `${s.label} runs one instance: a device failure stops ${s.purpose === "llm" ? "generation" : "embeddings"}`,
      `Run ${min} replicas, or route overflow to a fallback (hybrid scenario).`,
      { label: s.label, purpose: s.purpose, min },
    ),
  ];
};

/**
 * A single point of failure in the serving tier: at ≥ 99.9% availability in production, a self-hosted node whose
 * capacity does not survive the loss of its fullest server (all instances in one chassis, or the rest too few for
 * peak demand) — policy nPlusOneReplicas.
 */
const singleServerFindings: NodeRule = (s, { plan }) => {
  const node = plan.nodes.find((n) => n.id === s.nodeId);
  if (s.mode !== "self-hosted" || !node?.serving || !requiresNPlusOne(plan) || s.demandRequestsPerSecond <= 0)
    return [];
  const perReplica = capacityOf(s) / s.replicas;
  if (!(perReplica > 0)) return [];
  const perServer = replicasPerServer(node.serving.devices, devicesPerServer(node.serving));
  if (survivesServerLoss(s.replicas, demandOf(s), perReplica, perServer)) return [];
  const left = Math.max(0, s.replicas - perServer);
  const share = Math.round(((left * perReplica) / Math.max(demandOf(s), 1e-9)) * 100);
  return [
    finding(
      "single-point-of-failure",
      "warning",
      nodeTarget(s.nodeId),
      left === 0
        ? `${s.label}: all ${s.replicas} instance(s) sit in one server — losing it stops ${s.purpose === "llm" ? "generation" : "embeddings"} (availability target ${plan.slos.availabilityPct}%)`
        : `${s.label}: losing one server takes ${perServer} of ${s.replicas} instances; the rest serve ${share}% of peak demand (availability target ${plan.slos.availabilityPct}%)`,
      `Run ${nPlusOneReplicas(demandOf(s), perReplica, perServer)} instances over at least two servers (N+1 across chassis), or lower the availability target below 99.9%.`,
      {
        scope: "server",
        label: s.label,
        replicas: s.replicas,
        left,
        perServer,
        share,
        purpose: s.purpose,
        availabilityPct: plan.slos.availabilityPct,
        instances: nPlusOneReplicas(demandOf(s), perReplica, perServer),
      },
      setReplicas(s, nPlusOneReplicas(demandOf(s), perReplica, perServer)),
    ),
  ];
};

/**
 * A precision the model does not ship in (wider than its published weights: an FP8 model served as BF16, an MXFP4
 * model up-cast to a float) — the same rule the editor applies on a model change (serving-stack precisionForModel).
 * An error: the engine would score memory and speed of weights that do not exist.
 */
const shippedPrecisionFindings: NodeRule = (s, { plan }) => {
  const serving = plan.nodes.find((n) => n.id === s.nodeId)?.serving;
  if (s.mode !== "self-hosted" || !serving || typeof serving.model !== "string") return [];
  const shipped = precisionForModel(serving.precision, serving.model);
  if (shipped === serving.precision) return [];
  const params = {
    label: s.label,
    model: getModel(serving.model)?.name ?? serving.model,
    precision: precisionName(serving.precision),
    shipped: precisionName(shipped),
  };
  return [
    finding(
      "precision-not-shipped",
      "error",
      nodeTarget(s.nodeId),
      `${params.label}: ${params.model} is published in ${params.shipped}, not ${params.precision}; its figures would describe weights that do not exist`,
      `Serve ${params.model} in ${params.shipped} (or a smaller quantisation of it).`,
      params,
    ),
  ];
};

/** The rules every serving node goes through, in the order their findings are listed. */
const NODE_RULES: NodeRule[] = [
  shippedPrecisionFindings,
  estimateWarningFindings,
  capacityFindings,
  sloFindings,
  singleInstanceFindings,
  singleServerFindings,
];

/** Findings about the serving layer: fit, frameworks, SLOs, capacity at peak and over the horizon, macOS limits. */
export function servingFindings(
  plan: PlanDocument,
  serving: ServingReport[],
  // The cost report's dated purchase plan (evaluate passes it, so it is computed once per evaluation).
  purchases: Purchase[] = purchasePlan(plan, serving),
): Finding[] {
  const ctx: ServingContext = {
    plan,
    env: plan.metadata.environment,
    horizonGrowth: usersAt(plan.workload, plan.workload.horizonMonths) / plan.workload.users,
    purchases,
  };
  return [
    ...serving.flatMap((s) => NODE_RULES.flatMap((rule) => rule(s, ctx))),
    ...servingSkuFindings(plan, serving),
    ...appleFindings(plan, serving),
    ...dataResidencyFindings(plan, serving),
    ...coverageFindings(plan, serving),
  ];
}

/** Traffic sent to cloud providers: an error when the plan requires data to stay on the premises, else a notice. */
function dataResidencyFindings(plan: PlanDocument, serving: ServingReport[]): Finding[] {
  const cloud = serving.filter((x) => x.mode === "cloud" && x.trafficShare > 0);
  if (plan.constraints.dataOnPremises)
    return cloud.map((s) =>
      finding(
        "data-leaves-premises",
        "error",
        nodeTarget(s.nodeId),
        `${s.label} sends ${Math.round(s.trafficShare * 100)}% of the ${s.purpose === "llm" ? "generation" : "embeddings"} traffic to a cloud provider, but the plan requires data to stay on the premises`,
        "Self-host this workload, or lift the on-premises constraint for non-sensitive traffic.",
        { scope: "node", label: s.label, sharePct: Math.round(s.trafficShare * 100), purpose: s.purpose },
      ),
    );
  if (cloud.length === 0) return [];
  return [
    finding(
      "data-leaves-premises",
      "info",
      planTarget,
      "Prompts and retrieved documents leave the premises through the cloud provider (GDPR/HIPAA review needed)",
      "Keep sensitive data on a self-hosted model (hybrid scenario) or set the on-premises constraint.",
      { scope: "plan", label: "", sharePct: 0, purpose: "" },
    ),
  ];
}

/** A non-empty plan with nothing serving generation or embeddings. */
function coverageFindings(plan: PlanDocument, serving: ServingReport[]): Finding[] {
  if (plan.nodes.length === 0) return [];
  const purposes = new Set(serving.map((s) => s.purpose));
  const out: Finding[] = [];
  if (!purposes.has("llm"))
    out.push(
      finding(
        "no-llm",
        "warning",
        planTarget,
        "No LLM serves generation",
        "Add a self-hosted LLM node or a cloud LLM provider.",
        {},
      ),
    );
  if (!purposes.has("embeddings"))
    out.push(
      finding(
        "no-embeddings",
        "warning",
        planTarget,
        "No embedding server: documents cannot be vectorised for RAG",
        "Add an embedding server or a cloud embeddings provider.",
        {},
      ),
    );
  return out;
}

const round = (x: number) => Math.round(x).toLocaleString("en-US");
const demandOf = (s: ServingReport) =>
  s.purpose === "llm" ? s.demandOutputTokensPerSecond : s.demandInputTokensPerSecond;
const capacityOf = (s: ServingReport) =>
  s.purpose === "llm" ? s.capacityOutputTokensPerSecond : s.capacityInputTokensPerSecond;
const unitOf = (s: ServingReport) => (s.purpose === "llm" ? "output tok/s" : "input tok/s");

function fixFor(code: string): string {
  switch (code) {
    case "does-not-fit":
      return "Add devices (tensor parallel), pick hardware with more memory, or a smaller precision.";
    case "framework-unsupported-hardware":
      return "Pick a framework that runs on this hardware (MLX, llama.cpp or Ollama on Apple; vLLM, SGLang, TensorRT-LLM on NVIDIA).";
    case "precision-unsupported-framework":
      return "Pick a precision the framework serves (GGUF needs llama.cpp/Ollama; INT4 (AWQ/GPTQ) and FP8 suit vLLM).";
    case "context-exceeds-model":
      return "Shorten the prompt (fewer retrieved chunks) or pick a model with a longer context.";
    case "model-below-70b":
      return "Use a 70B-class model for enterprise reasoning (e.g. Llama 3.3 70B, Qwen 2.5 72B).";
    case "framework-dev-only":
      return "Serve production traffic with vLLM, SGLang, TensorRT-LLM or llama.cpp's server.";
    case "communication-bound":
      return "Keep tensor parallelism inside one server (NVLink) or use a faster fabric.";
    default:
      return "See the estimate's assumptions for this node.";
  }
}
