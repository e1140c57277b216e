import { getCloudModel, getProduct } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { estimateRequestSchema, type EstimateResult } from "../llm/estimate-schema";
import { estimateResolved, type EstimateDetail } from "../llm/estimate";
import { EngineInputError, resolveRequest, type ResolvedRequest } from "../llm/resolve";
import type { ServingReport } from "../report-schema";
import type { Demand } from "./workload";
import type { Purpose } from "./traffic";

/** Share of a device's TDP drawn when idle; the rest scales with utilisation ([planner] assumption). */
export const IDLE_POWER_SHARE = 0.3;
/** Host power (CPUs, memory, NICs, fans) on top of the GPUs' TDP when no product says otherwise. */
export const GPU_HOST_POWER_FACTOR = 1.3;

/** The estimate request a self-hosted node stands for, at the plan's prompt and output lengths. */
export function requestFor(
  node: PlanNode,
  plan: PlanDocument,
  purpose: Purpose,
  inputTokensOverride?: number,
): ResolvedRequest {
  const s = node.serving!;
  const request = estimateRequestSchema.parse({
    model: s.model,
    hardware: s.hardware,
    devices: s.devices,
    ...(s.devicesPerNode ? { devicesPerNode: s.devicesPerNode } : {}),
    ...(s.interconnect ? { interconnect: s.interconnect } : {}),
    replicas: node.replicas,
    ...(s.precision ? { precision: s.precision } : {}),
    ...(s.kvPrecision ? { kvPrecision: s.kvPrecision } : {}),
    framework: s.framework,
    ...(s.memoryGb ? { memoryGb: s.memoryGb } : {}),
    inputTokens:
      inputTokensOverride ?? (purpose === "llm" ? plan.workload.promptTokens : plan.workload.chunkSizeTokens),
    outputTokens: purpose === "llm" ? plan.workload.outputTokens : 0,
  });
  return resolveRequest(request);
}

function meetsStreamSlo(d: EstimateDetail, plan: PlanDocument): boolean {
  return (
    d.result.decodeTokensPerSecondPerStream >= plan.slos.minTokensPerSecondPerUser &&
    d.result.ttftMs <= plan.slos.maxTtftMs
  );
}

/**
 * Largest concurrency per replica whose every stream still meets the SLOs (per-stream tok/s ≥ the minimum, TTFT ≤ the
 * maximum), within what the KV memory holds: per-stream speed falls and TTFT rises with concurrency, so a binary
 * search finds it. 0 when even one stream misses them.
 */
export function sloConcurrency(
  r: ResolvedRequest,
  plan: PlanDocument,
): { n: number; detail: EstimateDetail } {
  const one = estimateResolved(r, { concurrency: 1 });
  if (!one.memory.weightsFit || !meetsStreamSlo(one, plan)) return { n: 0, detail: one };
  let lo = 1;
  let hi = Math.max(1, one.memory.maxConcurrency);
  let best = one;
  const hiDetail = estimateResolved(r, { concurrency: hi });
  if (meetsStreamSlo(hiDetail, plan)) return { n: hi, detail: hiDetail };
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const d = estimateResolved(r, { concurrency: mid });
    if (meetsStreamSlo(d, plan)) {
      lo = mid;
      best = d;
    } else hi = mid;
  }
  return { n: lo, detail: best };
}

/** Smallest concurrency per replica whose throughput covers `demandPerReplica` output tok/s (≤ `cap`). */
function operatingConcurrency(r: ResolvedRequest, demandPerReplica: number, cap: number): EstimateDetail {
  let lo = 1;
  let hi = Math.max(1, cap);
  const at = (n: number) => estimateResolved(r, { concurrency: n });
  let best = at(hi);
  if (best.serving.outputTokensPerSecondPerReplica < demandPerReplica) return best;
  const first = at(1);
  if (first.serving.outputTokensPerSecondPerReplica >= demandPerReplica) return first;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const d = at(mid);
    if (d.serving.outputTokensPerSecondPerReplica >= demandPerReplica) {
      hi = mid;
      best = d;
    } else lo = mid;
  }
  return best;
}

function servingPowerW(node: PlanNode, r: ResolvedRequest, utilisation: number): number {
  const load = IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * Math.min(1, Math.max(0, utilisation));
  const devices = r.devices * node.replicas;
  const product = node.serving?.product ? getProduct(node.serving.product) : undefined;
  if (product && product.devices > 0) return Math.ceil(devices / product.devices) * product.powerW * load;
  const perDevice = r.hardware.family === "apple" ? r.hardware.tdpW : r.hardware.tdpW * GPU_HOST_POWER_FACTOR;
  return devices * perDevice * load;
}

const emptyEstimate = (): EstimateResult => ({
  fits: true,
  memory: { weightsGb: 0, kvCacheGb: 0, overheadGb: 0, requiredGb: 0, capacityGb: 0 },
  maxConcurrency: 0,
  concurrency: 0,
  decodeTokensPerSecondPerStream: 0,
  aggregateOutputTokensPerSecond: 0,
  prefillTokensPerSecond: 0,
  ttftMs: 0,
  itlMs: 0,
  e2eLatencyMs: 0,
  bound: "overhead",
  warnings: [],
  assumptions: [],
});

const round = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);

/** Demand routed to one node: the purpose's peak figures × the node's traffic share. */
export function nodeDemand(demand: Demand, purpose: Purpose, share: number) {
  if (purpose === "llm") {
    return {
      outputTokensPerSecond: demand.peakOutputTokensPerSecond * share,
      inputTokensPerSecond: demand.peakPromptTokensPerSecond * share,
      requestsPerSecond: demand.peakRequestsPerSecond * share,
    };
  }
  const input = (demand.peakQueryEmbeddingTokensPerSecond + demand.ingestionEmbeddingTokensPerSecond) * share;
  return {
    outputTokensPerSecond: 0,
    inputTokensPerSecond: input,
    requestsPerSecond: demand.peakRequestsPerSecond * share,
  };
}

/**
 * A self-hosted LLM or embedding node against its share of the peak demand and the plan's SLOs: capacity is the
 * aggregate throughput of all replicas at the largest concurrency that still meets the SLOs; the estimate figures
 * shown are at the concurrency peak demand actually needs (a user's view at peak).
 */
export function selfHostedServing(
  node: PlanNode,
  plan: PlanDocument,
  demand: Demand,
  purpose: Purpose,
  share: number,
): ServingReport {
  const r = requestFor(node, plan, purpose);
  const want = nodeDemand(demand, purpose, share);
  const replicas = node.replicas;
  let capacityOut = 0;
  let capacityIn = 0;
  let sloN = 0;
  let shown: EstimateDetail;
  let sloReason: string;
  if (purpose === "llm") {
    const fixed = node.serving?.concurrency;
    const slo = sloConcurrency(r, plan);
    sloN = slo.n;
    const capN =
      fixed === "max"
        ? Math.max(1, slo.detail.memory.maxConcurrency)
        : typeof fixed === "number"
          ? fixed
          : slo.n;
    const atCap = capN > 0 ? estimateResolved(r, { concurrency: capN }) : slo.detail;
    capacityOut =
      capN > 0 && (fixed !== undefined || slo.n > 0)
        ? atCap.serving.outputTokensPerSecondPerReplica * replicas
        : 0;
    capacityIn = (capacityOut * plan.workload.promptTokens) / plan.workload.outputTokens;
    shown =
      capacityOut > 0 ? operatingConcurrency(r, want.outputTokensPerSecond / replicas, capN) : slo.detail;
    sloReason =
      slo.n === 0
        ? slo.detail.memory.weightsFit
          ? `even one stream misses the SLOs: ${round(slo.detail.result.decodeTokensPerSecondPerStream, 1)} tok/s (min ${plan.slos.minTokensPerSecondPerUser}), TTFT ${round(slo.detail.result.ttftMs, 0)} ms (max ${plan.slos.maxTtftMs})`
          : "the model does not fit the devices"
        : `up to ${slo.n} concurrent streams per replica keep ≥ ${plan.slos.minTokensPerSecondPerUser} tok/s and TTFT ≤ ${plan.slos.maxTtftMs} ms`;
  } else {
    // Capacity: ingestion-sized batches of chunks. Shown: what a user's query embedding takes (one short text).
    const batch = typeof node.serving?.concurrency === "number" ? node.serving.concurrency : 32;
    const batched = estimateResolved(r, { concurrency: batch });
    capacityIn = batched.memory.weightsFit ? batched.serving.inputTokensPerSecondPerReplica * replicas : 0;
    sloN = batched.memory.weightsFit ? batched.serving.batch : 0;
    const query = estimateResolved(requestFor(node, plan, purpose, plan.workload.queryEmbeddingTokens), {
      concurrency: 1,
    });
    shown = {
      ...query,
      result: {
        ...query.result,
        concurrency: batched.serving.batch,
        maxConcurrency: batched.result.maxConcurrency,
        prefillTokensPerSecond: Math.round(capacityIn * 100) / 100,
        bound: batched.result.bound,
      },
    };
    sloReason = batched.memory.weightsFit
      ? `batches of ${batched.serving.batch} chunks of ${plan.workload.chunkSizeTokens} tokens; a ${plan.workload.queryEmbeddingTokens}-token query embeds in ${Math.round(query.result.ttftMs)} ms`
      : "the model does not fit the devices";
  }
  const capacity = purpose === "llm" ? capacityOut : capacityIn;
  const wanted = purpose === "llm" ? want.outputTokensPerSecond : want.inputTokensPerSecond;
  const utilisation = capacity > 0 ? wanted / capacity : wanted > 0 ? Infinity : 0;
  const perReplica = capacity / replicas;
  // 0 = no replica count serves this configuration within the SLOs (independent of demand); else at least 1.
  const requiredReplicas = perReplica > 0 ? Math.max(1, Math.ceil(wanted / perReplica - 1e-9)) : 0;
  const meetsSlo = shown.result.fits && capacity > 0 && utilisation <= 1;
  return {
    ...shown.result,
    nodeId: node.id,
    kind: node.kind as "llm" | "embeddings",
    label: node.label,
    purpose,
    mode: "self-hosted",
    replicas,
    trafficShare: round(share, 4),
    demandOutputTokensPerSecond: round(want.outputTokensPerSecond),
    demandInputTokensPerSecond: round(want.inputTokensPerSecond),
    demandRequestsPerSecond: round(want.requestsPerSecond, 3),
    capacityOutputTokensPerSecond: round(capacityOut),
    capacityInputTokensPerSecond: round(capacityIn),
    capacityRequestsPerSecond: round(
      purpose === "llm"
        ? capacityOut / plan.workload.outputTokens
        : capacityIn / Math.max(1, plan.workload.chunkSizeTokens),
      3,
    ),
    sloConcurrencyPerReplica: sloN,
    utilisation: Number.isFinite(utilisation) ? round(utilisation, 4) : null,
    // Headroom is meaningful only with measurable demand (below 0.01% utilisation it is reported as none).
    headroom:
      Number.isFinite(utilisation) && round(utilisation, 4) > 0
        ? round(1 / round(utilisation, 4) - 1, 4)
        : null,
    requiredReplicas,
    meetsSlo,
    sloReason,
    gpus: r.devices * replicas,
    powerW: round(servingPowerW(node, r, Number.isFinite(utilisation) ? utilisation : 1), 0),
  };
}

/**
 * A cloud provider node: elastic capacity (the provider's rate limits are not modelled), latency from the provider's
 * typical time to first token and streaming speed (assumptions in the catalog), plus the edge's network latency.
 */
export function cloudServing(
  node: PlanNode,
  plan: PlanDocument,
  demand: Demand,
  purpose: Purpose,
  share: number,
  networkMs: number,
): ServingReport {
  const model = getCloudModel(node.cloud!.model);
  if (!model)
    throw new EngineInputError(
      "unknown-id",
      "cloud.model",
      `cloud model ${node.cloud!.model} is not in the catalog`,
    );
  const want = nodeDemand(demand, purpose, share);
  const perStream = purpose === "llm" ? (model.typicalOutputTokensPerSecond ?? 60) : 0;
  const ttft = (model.typicalTtftMs ?? 500) + 2 * networkMs;
  const meetsSlo =
    purpose === "embeddings" ||
    (perStream >= plan.slos.minTokensPerSecondPerUser && ttft <= plan.slos.maxTtftMs);
  const base = emptyEstimate();
  return {
    ...base,
    decodeTokensPerSecondPerStream: perStream,
    aggregateOutputTokensPerSecond: round(want.outputTokensPerSecond),
    ttftMs: round(ttft),
    itlMs: perStream > 0 ? round(1000 / perStream) : 0,
    e2eLatencyMs: round(
      ttft + (purpose === "llm" ? (plan.workload.outputTokens - 1) * (1000 / perStream) : 0),
    ),
    assumptions: [
      `${model.name}: typical TTFT ${model.typicalTtftMs ?? 500} ms and ${model.typicalOutputTokensPerSecond ?? "—"} tok/s per stream (catalog assumptions), plus ${networkMs} ms network latency each way.`,
      "Cloud capacity is elastic; provider rate limits (tokens per minute tiers) are not modelled.",
    ],
    nodeId: node.id,
    kind: "cloud-llm",
    label: node.label,
    purpose,
    mode: "cloud",
    replicas: node.replicas,
    trafficShare: round(share, 4),
    demandOutputTokensPerSecond: round(want.outputTokensPerSecond),
    demandInputTokensPerSecond: round(want.inputTokensPerSecond),
    demandRequestsPerSecond: round(want.requestsPerSecond, 3),
    capacityOutputTokensPerSecond: round(want.outputTokensPerSecond),
    capacityInputTokensPerSecond: round(want.inputTokensPerSecond),
    capacityRequestsPerSecond: round(want.requestsPerSecond, 3),
    sloConcurrencyPerReplica: 0,
    utilisation: 0,
    headroom: null,
    requiredReplicas: 1,
    meetsSlo,
    sloReason: meetsSlo
      ? "elastic cloud capacity within the SLOs"
      : `typical ${perStream} tok/s per stream and ${round(ttft, 0)} ms to first token miss the SLOs`,
    gpus: 0,
    powerW: 0,
  };
}
