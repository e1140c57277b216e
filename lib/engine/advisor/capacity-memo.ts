import type { PlanDocument } from "../../plan/plan-schema";
import { tensorParallelLink } from "../llm/device-link";
import type { ResolvedRequest } from "../llm/resolve";
import { replicaCapacity, type ReplicaCapacity } from "../platform/serving-capacity";

/** Capacities computed during one advisor run, keyed by what they depend on (capacityKey). */
export type CapacityMemo = Map<string, ReplicaCapacity>;

/**
 * What one replica's capacity depends on besides the plan's SLOs: the request without its product, and the GPU link
 * its tensor parallelism crosses (none for one device per instance) — not the server's price or how many instances
 * it holds. 2, 4 and 8 NVL cards serving TP2 instances over the same bridge pair share a key.
 */
function capacityKey(r: ResolvedRequest, purpose: "llm" | "embeddings"): string {
  const { product: _product, ...request } = r.request;
  const link = r.devicesPerNode > 1 ? tensorParallelLink(r.hardware, r.deviceLinks, r.devicesPerNode) : null;
  return JSON.stringify([purpose, request, link, r.devicesPerNode]);
}

/**
 * One replica's capacity (replicaCapacity), computed once per key within one advisor run (`memo` lives as long as
 * the run, so the plan's SLOs are fixed): the advisor sizes the same instance in several servers.
 */
export function memoReplicaCapacity(
  memo: CapacityMemo,
  r: ResolvedRequest,
  plan: PlanDocument,
  purpose: "llm" | "embeddings",
): ReplicaCapacity {
  const key = capacityKey(r, purpose);
  const hit = memo.get(key);
  if (hit) return hit;
  const capacity = replicaCapacity(r, plan, purpose);
  memo.set(key, capacity);
  return capacity;
}
