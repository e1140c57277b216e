import { CATALOG_VERSION, getHardware } from "../catalog";
import { planAssumptionItems, type AssumptionCode } from "./assumptions";
import type { PlanDocument } from "../plan/plan-schema";
import { facilityFindings } from "./rules/facility";
import { ingestionFindings, initialIngestionDays } from "./rules/ingestion";
import { edgeLatencyMs, networkReport } from "./rules/network";
import { platformFindings } from "./rules/platform";
import { servingFindings } from "./rules/serving";
import { storeTopologyFindings } from "./rules/store-topology-findings";
import { sortFindings } from "./rules/finding";
import { componentReports } from "./platform/components";
import { costReport } from "./platform/cost";
import { componentGpuPowerW, computeServers, servingRackUnits } from "./platform/cost-capex";
import { COMPUTE_SERVER } from "./platform/cost-inputs";
import { cloudServing, selfHostedServing } from "./platform/serving-report";
import { storageReport } from "./platform/storage";
import { purposeOf, trafficShares } from "./platform/traffic";
import { demandAt, type Demand } from "./platform/workload";
import type { ComponentReport, Report, ServingReport } from "./report-schema";

/** Kubernetes requests of a vLLM-style serving pod per GPU (the reference's example: 1 GPU, 4 CPU, 24 Gi). */
export const SERVING_POD_PER_GPU = { cpuCores: 4, memoryGb: 24 } as const;

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Evaluates a plan: demand from the workload, every serving node against its share of it and the SLOs, every
 * platform component against the sizing model, storage growth, cost and TCO, network rules — and the findings.
 * Pure and deterministic (same plan → same report); the canvas calls it on every edit.
 */
export function evaluate(plan: PlanDocument): Report {
  const demand = demandAt(plan.workload);
  const serving = servingReports(plan, demand);
  const components = componentReports(plan);
  const storage = storageReport(
    plan,
    components.reduce((s, c) => s + c.totalStorageGb, 0),
  );
  const cost = costReport({ plan, serving, components, storageMonths: storage.months });
  const network = networkReport(plan);
  const findings = sortFindings([
    ...servingFindings(plan, serving, cost.purchasePlan),
    ...platformFindings(plan, components, storage),
    ...storeTopologyFindings(plan, {
      components,
      serving,
      initialIngestionTokens: demand.initialIngestionTokens,
    }),
    ...network.findings,
    ...facilityFindings(plan, components),
    ...ingestionFindings(plan, serving, demand.initialIngestionTokens),
  ]);
  return {
    reportVersion: 1,
    catalogVersion: CATALOG_VERSION,
    plan: {
      name: plan.metadata.name,
      environment: plan.metadata.environment,
      users: plan.workload.users,
      horizonMonths: plan.workload.horizonMonths,
    },
    demand: demandFigures(demand, serving),
    totals: totals(plan, serving, components),
    components,
    serving,
    storage,
    cost,
    network: network.rows,
    findings,
    assumptions: planAssumptions(plan),
  };
}

/**
 * Every serving node against its share of its purpose's demand: cloud providers with the latency of the edge that
 * reaches them (40 ms without one), self-hosted nodes through the serving model.
 */
function servingReports(plan: PlanDocument, demand: Demand): ServingReport[] {
  const shares = {
    llm: trafficShares(plan.nodes, "llm"),
    embeddings: trafficShares(plan.nodes, "embeddings"),
  };
  const memo = new Map<string, ServingReport>();
  const edgeInto = new Map(plan.edges.map((e) => [e.target, e]));
  const serving: ServingReport[] = [];
  for (const node of plan.nodes) {
    const purpose = purposeOf(node);
    if (!purpose) continue;
    const share = shares[purpose].get(node.id) ?? 0;
    if (node.cloud) {
      const edge = edgeInto.get(node.id);
      serving.push(cloudServing(node, plan, demand, purpose, share, edge ? edgeLatencyMs(edge) : 40));
      continue;
    }
    // Identical serving configurations (common in generated and large plans) are computed once.
    const key = JSON.stringify([node.serving, node.replicas, share, purpose]);
    const cached = memo.get(key);
    const report = cached
      ? { ...cached, nodeId: node.id, label: node.label }
      : selfHostedServing(node, plan, demand, purpose, share);
    if (!cached) memo.set(key, report);
    serving.push(report);
  }
  return serving;
}

/** The demand as the report states it: rates to 2 decimals, volumes and counts whole. */
function demandFigures(demand: Demand, serving: ServingReport[]): Report["demand"] {
  const days = initialIngestionDays(demand.initialIngestionTokens, serving);
  return {
    peakActiveUsers: r2(demand.peakActiveUsers),
    peakRequestsPerSecond: r2(demand.peakRequestsPerSecond),
    peakPromptTokensPerSecond: r2(demand.peakPromptTokensPerSecond),
    peakOutputTokensPerSecond: r2(demand.peakOutputTokensPerSecond),
    peakQueryEmbeddingTokensPerSecond: r2(demand.peakQueryEmbeddingTokensPerSecond),
    ingestionEmbeddingTokensPerSecond: r2(demand.ingestionEmbeddingTokensPerSecond),
    initialIngestionTokens: Math.round(demand.initialIngestionTokens),
    initialIngestionDays: days === null ? null : r2(days),
    monthlyRequests: Math.round(demand.monthlyRequests),
    monthlyInputTokens: Math.round(demand.monthlyInputTokens),
    monthlyOutputTokens: Math.round(demand.monthlyOutputTokens),
    monthlyEmbeddingTokens: Math.round(demand.monthlyEmbeddingTokens),
    chunksPerDocument: demand.chunksPerDocument,
    totalChunks: Math.round(demand.totalChunks),
  };
}

/**
 * The platform's totals: cores and memory of the components plus the Kubernetes requests of NVIDIA serving pods
 * (SERVING_POD_PER_GPU), storage, accelerators, power at peak and rack units (the same inventory the cost prices).
 */
function totals(
  plan: PlanDocument,
  serving: ServingReport[],
  components: ComponentReport[],
): Report["totals"] {
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const servingPods = serving.filter((s) => s.mode === "self-hosted" && isNvidia(nodeById.get(s.nodeId)));
  const servers = computeServers(components);
  return {
    cpuCores: r2(
      components.reduce((s, c) => s + c.totalCpuCores, 0) +
        servingPods.reduce((s, x) => s + x.gpus * SERVING_POD_PER_GPU.cpuCores, 0),
    ),
    memoryGb: r2(
      components.reduce((s, c) => s + c.totalMemoryGb, 0) +
        servingPods.reduce((s, x) => s + x.gpus * SERVING_POD_PER_GPU.memoryGb, 0),
    ),
    storageGb: r2(components.reduce((s, c) => s + c.totalStorageGb, 0)),
    gpus: serving.reduce((s, x) => s + x.gpus, 0) + components.reduce((s, c) => s + c.gpus * c.replicas, 0),
    powerW: Math.round(
      serving.reduce((s, x) => s + x.powerW, 0) +
        servers * COMPUTE_SERVER.powerW +
        componentGpuPowerW(plan, components),
    ),
    rackUnits: servingRackUnits(plan) + servers * COMPUTE_SERVER.rackUnits,
  };
}

function isNvidia(node: PlanDocument["nodes"][number] | undefined): boolean {
  const hw = node?.serving?.hardware;
  return typeof hw === "string" ? getHardware(hw)?.family === "nvidia" : hw?.family === "nvidia";
}

/** The engine's English text of each assumption (report.assumptions); the codes and figures come from assumptions.ts. */
const ENGLISH: Record<AssumptionCode, (p: Record<string, string | number>) => string> = {
  "peak-hour": (p) =>
    `Peak hour: ${p.users!.toLocaleString("en-US")} users × ${p.activePct}% active × ${p.requestsPerMinute} requests/min; ${p.promptTokens} prompt tokens (retrieved context included) and ${p.outputTokens} output tokens per request.`,
  "monthly-volumes": (p) =>
    `Monthly volumes: the peak rate for ${p.busyHours} h on ${p.workingDays} working days.`,
  "serving-at-slo": (p) =>
    `Serving capacity is measured at the SLOs: ≥ ${p.minTokensPerSecond} tok/s per user and TTFT ≤ ${p.maxTtftMs} ms; per-stream figures are what one user sees, aggregates cover all replicas.`,
  "platform-tiers": () =>
    `Platform components are sized from the reference tiers (minimal < 50, production 100–500, enterprise 1,000–10,000 users), interpolated on log(users); production adds the HA floor (2 replicas stateless, primary + replicas stateful).`,
  "storage-model": (p) =>
    `Storage: ${p.documents} documents × ${p.documentMb} MB per user, ${p.pages} pages × ${p.tokensPerPage} tokens, ${p.chunkTokens}-token chunks (overlap ${p.overlapTokens}), ${p.dimensions}-dim float32 vectors + HNSW index + chunk text; PostgreSQL ${p.postgresGb} GB and Redis ${p.redisMb} MB per user (the reference's 1,000-user breakdown); ${p.marginPct}% safety margin; growth ${p.growthPct}%/year.`,
  costs: (p) =>
    `Costs: prices as of ${p.pricesAsOf}; power ${p.powerUsdPerKwh} USD/kWh × PUE ${p.pue}; colocation ${p.hostingUsdPerRackUnitMonth} USD per rack unit per month; support ${p.supportPct}% of CAPEX per year; hardware bought in month 0.`,
};

function planAssumptions(plan: PlanDocument): string[] {
  return planAssumptionItems(plan).map((a) => ENGLISH[a.code](a.params));
}
