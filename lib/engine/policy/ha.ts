import { getHardware, getProduct } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * Availability target from which the serving tier must survive the loss of one whole server (N+1 across chassis):
 * 99.9% allows 43 minutes of downtime a month, less than replacing a GPU server takes ([planner]).
 */
export const N_PLUS_ONE_AVAILABILITY_PCT = 99.9;

/** True when the plan's serving capacity must survive one server's loss: production at ≥ 99.9% availability. */
export function requiresNPlusOne(plan: Pick<PlanDocument, "slos" | "metadata">): boolean {
  return (
    plan.metadata.environment === "production" &&
    plan.slos.availabilityPct >= N_PLUS_ONE_AVAILABILITY_PCT - 1e-9
  );
}

/**
 * Devices one server (chassis) of a serving node holds: its product's devices; without a product, 8 NVIDIA GPUs
 * per host (cost-inputs' host server) or one Apple machine.
 */
export function devicesPerServer(serving: NonNullable<PlanNode["serving"]>): number {
  const product = serving.product ? getProduct(serving.product) : undefined;
  if (product && product.devices > 0) return product.devices;
  const family =
    typeof serving.hardware === "string" ? getHardware(serving.hardware)?.family : serving.hardware.family;
  return family === "nvidia" ? 8 : 1;
}

/**
 * Model instances a server failure takes down: the instances one chassis holds (floor(server devices ÷ devices
 * per instance), the cost model fills servers one after the other), or 1 when an instance spans servers.
 */
export function replicasPerServer(devicesPerReplica: number, serverDevices: number): number {
  return Math.max(1, Math.floor(serverDevices / Math.max(1, devicesPerReplica)));
}

/**
 * Fewest replicas that survive the loss of the fullest server: more replicas than one server holds (so there are at
 * least two servers), and the rest carry peak demand within the SLOs at up to 100% of their capacity:
 * perServer + ceil(demand ÷ capacityPerReplica). Demand and capacity share a unit (output tok/s for an LLM, input
 * tok/s for embeddings). Without capacity within the SLOs, one more than a server (nothing better exists).
 */
export function nPlusOneReplicas(demand: number, capacityPerReplica: number, perServer: number): number {
  const needed = capacityPerReplica > 0 ? Math.ceil(demand / capacityPerReplica - 1e-9) : 1;
  return perServer + Math.max(1, needed);
}

/** True when `replicas` survive the loss of the fullest server (see nPlusOneReplicas). */
export function survivesServerLoss(
  replicas: number,
  demand: number,
  capacityPerReplica: number,
  perServer: number,
): boolean {
  return replicas >= nPlusOneReplicas(demand, capacityPerReplica, perServer);
}
