import { getInterconnect } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { estimateResolved } from "../llm/estimate";
import { averagePowerW, busyFraction } from "../platform/cost";
import { productPrice } from "../platform/cost-inputs";
import { IDLE_POWER_SHARE, requestFor, sloConcurrency } from "../platform/serving-capacity";
import { HOURS_PER_MONTH } from "../platform/workload";
import type { Candidate } from "./candidates";

/** The advisor sizes for at most this share of the SLO capacity at peak (the capacity-tight threshold). */
export const TARGET_UTILISATION = 0.8;

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
    label: `${c.model.name} ${c.precision} on ${c.product.name}`.slice(0, 80),
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
 * does not fit or the framework cannot serve it; marks it infeasible when no concurrency meets the SLOs; else the replicas that keep peak utilisation ≤ 80% (≥ 2 in
 * production), the whole products they need, and the serving layer's cost, power and rack space — the same
 * building blocks evaluate() prices with.
 */
export function sizeCandidate(
  plan: PlanDocument,
  c: Candidate,
  purpose: "llm" | "embeddings",
  demand: number,
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
  let perReplica: number;
  let sloN: number;
  let meetsSlo = true;
  if (purpose === "llm") {
    const slo = sloConcurrency(r, plan);
    sloN = slo.n;
    if (slo.n === 0) {
      meetsSlo = false;
      perReplica = one.serving.outputTokensPerSecondPerReplica;
    } else perReplica = estimateResolved(r, { concurrency: slo.n }).serving.outputTokensPerSecondPerReplica;
  } else {
    const batch = estimateResolved(r, { concurrency: 32 });
    sloN = batch.serving.batch;
    perReplica = batch.serving.inputTokensPerSecondPerReplica;
  }
  if (!(perReplica > 0)) return null;
  const floor = plan.metadata.environment === "production" ? 2 : 1;
  const needed = Math.ceil(demand / (perReplica * TARGET_UTILISATION) - 1e-9);
  const replicas = Math.max(floor, meetsSlo ? needed : Math.min(needed, MAX_INFEASIBLE_REPLICAS));
  const units = Math.ceil((replicas * c.devices) / c.product.devices - 1e-9);
  const price = productPrice(plan, c.product);
  const capexUsd = units * price.usd;
  const utilisation = demand / (perReplica * replicas);
  const peakW =
    units * c.product.powerW * (IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * Math.min(1, utilisation));
  const costs = plan.costs;
  const energyUsd =
    ((averagePowerW(peakW, utilisation, busyFraction(plan)) * HOURS_PER_MONTH) / 1000) *
    costs.pue *
    costs.powerUsdPerKwh;
  const rackUnits = units * c.product.rackUnits;
  const monthlyUsd =
    capexUsd / costs.amortisationMonths +
    energyUsd +
    rackUnits * costs.hostingUsdPerRackUnitMonth +
    (capexUsd * costs.supportPctOfCapexPerYear) / 1200;
  return {
    candidate: c,
    replicas,
    units,
    capacityPerReplica: perReplica,
    sloConcurrency: sloN,
    capexUsd,
    monthlyUsd,
    powerW: peakW,
    rackUnits,
    headroom: (perReplica * replicas) / Math.max(demand, 1e-9) - 1,
    meetsSlo,
    singleStreamTokensPerSecond: one.result.decodeTokensPerSecondPerStream,
    node: candidateNode(c, purpose, replicas),
  };
}
