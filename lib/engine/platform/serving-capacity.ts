import { getProduct } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { estimateRequestSchema } from "../llm/estimate-schema";
import { estimateResolved, type EstimateDetail } from "../llm/estimate";
import type { OperatingPoint } from "../llm/operating-point";
import { sloRatePerReplica } from "../llm/rate";
import { resolveRequest, type ResolvedRequest } from "../llm/resolve";
import { minReplicas, powerShare, replicasFor } from "../policy";
import type { Purpose } from "./traffic";
import type { Demand } from "./workload";

/** Host power (CPUs, memory, NICs, fans) on top of the GPUs' TDP when no product says otherwise. */
export const GPU_HOST_POWER_FACTOR = 1.3;
/**
 * Concurrency an embedding server is measured at when the plan fixes none: a batch of 32 chunks, the size ingestion
 * pipelines send ([planner]); its throughput is the node's capacity.
 */
export const DEFAULT_EMBEDDING_BATCH = 32;

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
    // The server's GPU-to-GPU link (NVLink board, NVL pairs, PCIe) carries the tensor-parallel all-reduces.
    ...(s.product ? { product: s.product } : {}),
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
export function operatingConcurrency(
  r: ResolvedRequest,
  demandPerReplica: number,
  cap: number,
): EstimateDetail {
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

/** What one replica of a serving configuration sustains: the figure the sizing policy divides demand by. */
export interface ReplicaCapacity {
  /** Output tok/s (LLM) or input tok/s (embeddings) one replica sustains within the SLOs; 0: none does. */
  tokensPerSecond: number;
  /** LLM: the largest concurrency within the SLOs (0: even one stream misses them); embeddings: the batch (0: no fit). */
  sloConcurrency: number;
  /** Concurrency the capacity is measured at (the SLO concurrency unless the plan fixes one). */
  concurrency: number;
  /** The estimate at that concurrency. */
  detail: EstimateDetail;
  /** LLM only: the SLO search (its detail is the estimate at the SLO concurrency, or at one stream when it is 0). */
  slo?: { n: number; detail: EstimateDetail };
}

/**
 * Sequences a replica must admit at an operating point: the mean in flight N plus three standard deviations of the
 * Poisson count (N + 3√N, exceeded 0.1% of the time), at least 1 — what `max_num_seqs` must allow.
 */
export function admittedConcurrency(op: OperatingPoint): number {
  return Math.max(
    1,
    Math.min(Math.floor(op.admissionCap), Math.ceil(op.concurrency + 3 * Math.sqrt(op.concurrency))),
  );
}

/**
 * An LLM replica's capacity. By default, rate-based (issue 11): the largest Poisson request rate one replica serves
 * with p90 TTFT ≤ the SLO, mean inter-token time ≤ 1 / (min tok/s per user) and below saturation (sloRatePerReplica),
 * × output tokens per request; its concurrency is what the replica must admit at that rate. When the plan fixes a
 * concurrency (a number, or "max" = what the KV memory holds), the closed-loop figure at that concurrency, which
 * counts even when the SLOs are missed there.
 */
export function llmReplicaCapacity(
  r: ResolvedRequest,
  plan: PlanDocument,
  fixed?: number | "max",
): ReplicaCapacity {
  if (fixed !== undefined) return fixedConcurrencyCapacity(r, plan, fixed);
  const { rate, op } = sloRatePerReplica(r, plan.slos);
  if (rate <= 0 || !op) {
    const one = estimateResolved(r, { concurrency: 1 });
    return { tokensPerSecond: 0, sloConcurrency: 0, concurrency: 0, detail: one, slo: { n: 0, detail: one } };
  }
  const n = admittedConcurrency(op);
  const detail = estimateResolved(r, { requestRatePerSecond: rate * r.replicas });
  return {
    tokensPerSecond: rate * r.request.outputTokens,
    sloConcurrency: n,
    concurrency: n,
    detail,
    slo: { n, detail },
  };
}

/** Closed-loop capacity at the concurrency a plan fixes (the benchmark view: a finished request is replaced at once). */
function fixedConcurrencyCapacity(
  r: ResolvedRequest,
  plan: PlanDocument,
  fixed: number | "max",
): ReplicaCapacity {
  const slo = sloConcurrency(r, plan);
  const concurrency = fixed === "max" ? Math.max(1, slo.detail.memory.maxConcurrency) : fixed;
  const detail = estimateResolved(r, { concurrency });
  return {
    tokensPerSecond: detail.serving.outputTokensPerSecondPerReplica,
    sloConcurrency: slo.n,
    concurrency,
    detail,
    slo,
  };
}

/**
 * The estimate a node shows at its share of peak demand: the rate-based operating point at `outputTokensPerSecond`
 * / output tokens requests per second over all its replicas (the closed-loop one when the plan fixes a concurrency).
 */
export function demandEstimate(
  r: ResolvedRequest,
  outputTokensPerSecond: number,
  fixedConcurrency: number,
  rateBased: boolean,
): EstimateDetail {
  const rate = outputTokensPerSecond / Math.max(1, r.request.outputTokens);
  if (rateBased && rate > 0) return estimateResolved(r, { requestRatePerSecond: rate });
  return operatingConcurrency(r, outputTokensPerSecond / r.replicas, fixedConcurrency);
}

/**
 * An embedding replica's capacity: its input tok/s embedding batches of chunks (DEFAULT_EMBEDDING_BATCH, or the
 * concurrency the plan fixes); 0 when the model does not fit.
 */
export function embeddingReplicaCapacity(r: ResolvedRequest, fixed?: number | "max"): ReplicaCapacity {
  const concurrency = typeof fixed === "number" ? fixed : DEFAULT_EMBEDDING_BATCH;
  const detail = estimateResolved(r, { concurrency });
  const fits = detail.memory.weightsFit;
  return {
    tokensPerSecond: fits ? detail.serving.inputTokensPerSecondPerReplica : 0,
    sloConcurrency: fits ? detail.serving.batch : 0,
    concurrency,
    detail,
  };
}

/** One replica's capacity for either purpose (the per-purpose measures above). */
export function replicaCapacity(
  r: ResolvedRequest,
  plan: PlanDocument,
  purpose: Purpose,
  fixed?: number | "max",
): ReplicaCapacity {
  return purpose === "llm" ? llmReplicaCapacity(r, plan, fixed) : embeddingReplicaCapacity(r, fixed);
}

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

/** The demand a node's capacity is compared with: output tok/s for an LLM, input tok/s for embeddings. */
export function sizedDemand(want: ReturnType<typeof nodeDemand>, purpose: Purpose): number {
  return purpose === "llm" ? want.outputTokensPerSecond : want.inputTokensPerSecond;
}

/**
 * Replicas a self-hosted node needs for its share of peak demand under the sizing policy: replicasFor(demand, one
 * replica's SLO capacity, the environment's floor). What templates give their serving nodes.
 */
export function policyReplicas(
  node: PlanNode,
  plan: PlanDocument,
  demand: Demand,
  purpose: Purpose,
  share: number,
): number {
  const capacity = replicaCapacity(requestFor(node, plan, purpose), plan, purpose, node.serving?.concurrency);
  return replicasFor(
    sizedDemand(nodeDemand(demand, purpose, share), purpose),
    capacity.tokensPerSecond,
    minReplicas(node.kind, plan.metadata.environment),
  );
}

/**
 * Power of a self-hosted node at `utilisation`, W: whole products (their rated power) or, without a product, the
 * devices' TDP (× GPU_HOST_POWER_FACTOR for the host of NVIDIA GPUs), × the policy's power share.
 */
export function servingPowerW(node: PlanNode, r: ResolvedRequest, utilisation: number): number {
  const load = powerShare(utilisation);
  const devices = r.devices * node.replicas;
  const product = node.serving?.product ? getProduct(node.serving.product) : undefined;
  if (product && product.devices > 0) return Math.ceil(devices / product.devices) * product.powerW * load;
  const perDevice = r.hardware.family === "apple" ? r.hardware.tdpW : r.hardware.tdpW * GPU_HOST_POWER_FACTOR;
  return devices * perDevice * load;
}
