import { englishAssumption, type EstimateAssumption } from "../llm/assumptions";
import { getCloudModel } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { EstimateResult } from "../llm/estimate-schema";
import { estimateAssumptions, estimateResolved, type EstimateDetail } from "../llm/estimate";
import { EngineInputError, type ResolvedRequest } from "../llm/resolve";
import type { ServingReport } from "../report-schema";
import { sloReasonText, type SloReason } from "./slo-reason";
import {
  embeddingReplicaCapacity,
  llmReplicaCapacity,
  nodeDemand,
  demandEstimate,
  requestFor,
  servingPowerW,
  sizedDemand,
} from "./serving-capacity";
import type { Purpose } from "./traffic";
import type { Demand } from "./workload";

const round = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);

/** The report's three reason fields: the English sentence, its code and its figures. */
const sloReasonFields = (reason: SloReason) => ({
  sloReason: sloReasonText(reason),
  sloReasonCode: reason.code,
  sloReasonParams: reason.params,
});

/** A self-hosted node's operating point: its capacity at the SLOs and the estimate a user sees at peak. */
interface OperatingPoint {
  /** All replicas, tok/s. */
  capacityOutputTokensPerSecond: number;
  capacityInputTokensPerSecond: number;
  sloConcurrency: number;
  /** The estimate shown for the node: what one user's request gets at peak. */
  shown: EstimateDetail;
  sloReason: SloReason;
}

interface NodeContext {
  node: PlanNode;
  plan: PlanDocument;
  r: ResolvedRequest;
  want: ReturnType<typeof nodeDemand>;
}

/**
 * An LLM node: capacity is the output throughput at the largest concurrency within the SLOs (× replicas; prompt
 * tokens in proportion); the estimate shown is at the concurrency peak demand actually needs.
 */
function llmOperatingPoint({ node, plan, r, want }: NodeContext): OperatingPoint {
  const replicas = node.replicas;
  const cap = llmReplicaCapacity(r, plan, node.serving?.concurrency);
  const slo = cap.slo!;
  const capacityOut = cap.tokensPerSecond * replicas;
  const w = plan.workload;
  return {
    capacityOutputTokensPerSecond: capacityOut,
    capacityInputTokensPerSecond: (capacityOut * w.promptTokens) / w.outputTokens,
    sloConcurrency: slo.n,
    shown:
      capacityOut > 0
        ? demandEstimate(
            r,
            want.outputTokensPerSecond,
            cap.concurrency,
            node.serving?.concurrency === undefined,
          )
        : slo.detail,
    sloReason: llmSloReason(node, plan, cap),
  };
}

/** Why an LLM node meets or misses the SLOs at its capacity (codes + figures; see slo-reason.ts). */
function llmSloReason(
  node: PlanNode,
  plan: PlanDocument,
  cap: ReturnType<typeof llmReplicaCapacity>,
): SloReason {
  const slo = cap.slo!;
  const { minTokensPerSecondPerUser: minTps, maxTtftMs } = plan.slos;
  return slo.n === 0
    ? slo.detail.memory.weightsFit
      ? {
          code: "stream-too-slow",
          params: {
            tps: round(slo.detail.result.decodeTokensPerSecondPerStream, 1),
            minTps,
            ttftMs: round(slo.detail.result.ttftMs, 0),
            maxTtftMs,
          },
        }
      : { code: "does-not-fit", params: {} }
    : node.serving?.concurrency === undefined
      ? {
          code: "rate-admitted",
          params: {
            rps: round(cap.tokensPerSecond / plan.workload.outputTokens, 2),
            streams: slo.n,
            minTps,
            maxTtftMs,
          },
        }
      : { code: "streams-admitted", params: { streams: slo.n, minTps, maxTtftMs } };
}

/**
 * An embedding node: capacity is ingestion-sized batches of chunks (× replicas); the estimate shown is what a
 * user's query embedding takes (one short text).
 */
function embeddingOperatingPoint({ node, plan, r }: NodeContext): OperatingPoint {
  const cap = embeddingReplicaCapacity(r, node.serving?.concurrency);
  const batched = cap.detail;
  const capacityIn = cap.tokensPerSecond * node.replicas;
  const w = plan.workload;
  const query = estimateResolved(requestFor(node, plan, "embeddings", w.queryEmbeddingTokens), {
    concurrency: 1,
  });
  return {
    capacityOutputTokensPerSecond: 0,
    capacityInputTokensPerSecond: capacityIn,
    sloConcurrency: cap.sloConcurrency,
    shown: {
      ...query,
      result: {
        ...query.result,
        concurrency: batched.serving.batch,
        maxConcurrency: batched.result.maxConcurrency,
        prefillTokensPerSecond: Math.round(capacityIn * 100) / 100,
        bound: batched.result.bound,
      },
    },
    sloReason: batched.memory.weightsFit
      ? {
          code: "embedding-batches",
          params: {
            batch: batched.serving.batch,
            chunkTokens: w.chunkSizeTokens,
            queryTokens: w.queryEmbeddingTokens,
            queryMs: Math.round(query.result.ttftMs),
          },
        }
      : { code: "does-not-fit", params: {} },
  };
}

/** How each purpose's node is measured (the serving model's adapters; issue 11's model slots in here). */
const OPERATING_POINT: Record<Purpose, (ctx: NodeContext) => OperatingPoint> = {
  llm: llmOperatingPoint,
  embeddings: embeddingOperatingPoint,
};

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
  const point = OPERATING_POINT[purpose]({ node, plan, r, want });
  const capacityOut = point.capacityOutputTokensPerSecond;
  const capacityIn = point.capacityInputTokensPerSecond;
  const capacity = purpose === "llm" ? capacityOut : capacityIn;
  const wanted = sizedDemand(want, purpose);
  const utilisation = capacity > 0 ? wanted / capacity : wanted > 0 ? Infinity : 0;
  const perReplica = capacity / replicas;
  // 0 = no replica count serves this configuration within the SLOs (independent of demand); else at least 1.
  const requiredReplicas = perReplica > 0 ? Math.max(1, Math.ceil(wanted / perReplica - 1e-9)) : 0;
  const shown = point.shown;
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
    sloConcurrencyPerReplica: point.sloConcurrency,
    utilisation: Number.isFinite(utilisation) ? round(utilisation, 4) : null,
    // Headroom is meaningful only with measurable demand (below 0.01% utilisation it is reported as none).
    headroom:
      Number.isFinite(utilisation) && round(utilisation, 4) > 0
        ? round(1 / round(utilisation, 4) - 1, 4)
        : null,
    requiredReplicas,
    meetsSlo: shown.result.fits && capacity > 0 && utilisation <= 1,
    ...sloReasonFields(point.sloReason),
    assumptionItems: estimateAssumptions(shown),
    gpus: r.devices * replicas,
    powerW: round(servingPowerW(node, r, Number.isFinite(utilisation) ? utilisation : 1), 0),
  };
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
  confidence: {
    level: "uncalibrated",
    basis: "cloud provider: the provider's typical latency, no engine estimate",
  },
});

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
  const cloudAssumptions: EstimateAssumption[] = [
    {
      code: "cloud-latency",
      params: {
        model: model.name,
        ttftMs: model.typicalTtftMs ?? 500,
        tokensPerSecond: model.typicalOutputTokensPerSecond ?? "—",
        networkMs,
      },
    },
    { code: "cloud-elastic", params: {} },
  ];
  return {
    ...base,
    decodeTokensPerSecondPerStream: perStream,
    aggregateOutputTokensPerSecond: round(want.outputTokensPerSecond),
    ttftMs: round(ttft),
    itlMs: perStream > 0 ? round(1000 / perStream) : 0,
    e2eLatencyMs: round(
      ttft + (purpose === "llm" ? (plan.workload.outputTokens - 1) * (1000 / perStream) : 0),
    ),
    assumptions: cloudAssumptions.map(englishAssumption),
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
    ...sloReasonFields(
      meetsSlo
        ? { code: "cloud-elastic", params: {} }
        : { code: "cloud-too-slow", params: { tps: perStream, ttftMs: round(ttft, 0) } },
    ),
    assumptionItems: cloudAssumptions,
    gpus: 0,
    powerW: 0,
  };
}
