import { getInterconnect } from "../../catalog";
import { MAX_REPLICAS, type PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { precisionName } from "../../plan/serving-stack";
import { estimateResolved } from "../llm/estimate";
import { productPrice } from "../platform/cost-inputs";
import { requestFor } from "../platform/serving-capacity";
import { busyFraction } from "../platform/workload";
import { ingestionReplicas } from "../rules/ingestion";
import {
  averagePowerW,
  minReplicas,
  nPlusOneReplicas,
  ownershipUsdPerMonth,
  powerShare,
  replicasFor,
  replicasPerServer,
  requiresNPlusOne,
} from "../policy";
import { memoReplicaCapacity, type CapacityMemo } from "./capacity-memo";
import type { Candidate } from "./candidates";

export interface SizedCandidate {
  candidate: Candidate;
  replicas: number;
  units: number;
  capacityPerReplica: number;
  sloConcurrency: number;
  capexUsd: number;
  /** Serving layer only: CAPEX amortised + power + hosting + support, USD per month. */
  monthlyUsd: number;
  powerW: number;
  rackUnits: number;
  headroom: number;
  /** false: no concurrency meets the SLOs (sized at one stream per replica, shown as the best that can be done). */
  meetsSlo: boolean;
  /** One stream's decode speed, tok/s (for explaining infeasible options). */
  singleStreamTokensPerSecond: number;
  node: PlanNode;
}

/** Most replicas an SLO-infeasible candidate is sized to (it is only shown, never recommended). */
const MAX_INFEASIBLE_REPLICAS = 64;

/** The plan node a candidate stands for, with `replicas` instances. */
export function candidateNode(
  c: Candidate,
  purpose: "llm" | "embeddings",
  replicas: number,
  id = purpose,
): PlanNode {
  return {
    id,
    kind: purpose === "llm" ? "llm" : "embeddings",
    label: `${c.model.name} ${precisionName(c.precision)} on ${c.product.name}`.slice(0, 80),
    zoneId: null,
    position: { x: 0, y: 0 },
    replicas,
    serving: {
      product: c.product.id,
      hardware: c.hardwareId,
      devices: c.devices,
      model: c.model.id,
      precision: c.precision,
      framework: c.framework,
      ...(c.interconnect && getInterconnect(c.interconnect) ? { interconnect: c.interconnect } : {}),
      ...(c.memoryGb ? { memoryGb: c.memoryGb } : {}),
    },
  };
}

/**
 * Sizes one candidate for `demand` (output tok/s for an LLM, input tok/s for embeddings): prunes it if the model
 * does not fit or the framework cannot serve it; marks it infeasible when no concurrency meets the SLOs; else the
 * sizing policy's replicas (replicasFor: peak utilisation ≤ 80%, ≥ the environment's floor), the whole products they
 * need (and, at ≥ 99.9% availability in production, enough to survive one server's loss: nPlusOneReplicas), and the
 * serving layer's cost, power and rack space — the same policy terms evaluate() prices with. Embedding servers are
 * also sized to embed the initial corpus (`backlogTokens`, tokens) within slos.maxIngestionDays: ingestionReplicas,
 * the formula the ingestion-backlog finding names (0 tokens: no backlog floor).
 */
export function sizeCandidate(
  plan: PlanDocument,
  c: Candidate,
  purpose: "llm" | "embeddings",
  demand: number,
  memo: CapacityMemo = new Map(),
  backlogTokens = 0,
): SizedCandidate | null {
  const probe = candidateNode(c, purpose, 1);
  const r = requestFor(probe, plan, purpose);
  const one = estimateResolved(r, { concurrency: 1 });
  if (
    !one.memory.weightsFit ||
    !one.result.warnings.every(
      (w) => w.code !== "framework-unsupported-hardware" && w.code !== "precision-unsupported-framework",
    )
  )
    return null;
  const capacity = memoReplicaCapacity(memo, r, plan, purpose);
  // An LLM no concurrency serves within the SLOs is sized at one stream per replica (shown, never recommended).
  const meetsSlo = purpose === "embeddings" || capacity.sloConcurrency > 0;
  const perReplica = meetsSlo ? capacity.tokensPerSecond : one.serving.outputTokensPerSecondPerReplica;
  if (!(perReplica > 0)) return null;
  const floor = minReplicas(probe.kind, plan.metadata.environment);
  // At ≥ 99.9% availability in production the capacity survives the loss of one server (N+1 across chassis).
  const ha =
    meetsSlo && requiresNPlusOne(plan)
      ? nPlusOneReplicas(demand, perReplica, replicasPerServer(c.devices, c.product.devices))
      : 0;
  const backlog =
    purpose === "embeddings" && backlogTokens > 0
      ? Math.min(MAX_REPLICAS, ingestionReplicas(backlogTokens, perReplica, plan.slos.maxIngestionDays))
      : 0;
  const needed = Math.max(replicasFor(demand, perReplica, floor), ha, backlog);
  const replicas = meetsSlo ? needed : Math.min(needed, MAX_INFEASIBLE_REPLICAS);
  const units = Math.ceil((replicas * c.devices) / c.product.devices - 1e-9);
  const capexUsd = units * productPrice(plan, c.product).usd;
  const utilisation = demand / (perReplica * replicas);
  const peakW = units * c.product.powerW * powerShare(utilisation);
  const averageW = averagePowerW(peakW, utilisation, busyFraction(plan.workload));
  const rackUnits = units * c.product.rackUnits;
  return {
    candidate: c,
    replicas,
    units,
    capacityPerReplica: perReplica,
    sloConcurrency: capacity.sloConcurrency,
    capexUsd,
    monthlyUsd: ownershipUsdPerMonth(
      { capexUsd, averageW, rackUnits, ratedW: units * c.product.powerW },
      plan.costs,
    ),
    powerW: peakW,
    rackUnits,
    headroom: (perReplica * replicas) / Math.max(demand, 1e-9) - 1,
    meetsSlo,
    singleStreamTokensPerSecond: one.result.decodeTokensPerSecondPerStream,
    node: candidateNode(c, purpose, replicas),
  };
}
