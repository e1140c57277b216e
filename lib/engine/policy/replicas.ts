import { type ComponentKind } from "../../catalog/components";
import { SPEC_TIERS } from "../../catalog/spec-tiers";
import type { ENVIRONMENTS } from "../../plan/plan-schema";

export type Environment = (typeof ENVIRONMENTS)[number];

/**
 * The headroom rule ([planner]): a serving node is sized so that peak-hour demand uses at most 80% of the capacity
 * it sustains within the SLOs (per-stream tok/s and TTFT). The other 20% absorbs traffic above the peak-hour average
 * and the load of a replica that fails or restarts. Templates and the advisor size to it; the rules report a node
 * above it as "capacity-tight". Dimensionless, 0–1.
 */
export const TARGET_UTILISATION = 0.8;

/**
 * Fewest self-hosted serving replicas (LLM, embeddings) in production: two, so one failed device never stops
 * generation or embeddings ([planner]; the reference's vLLM example runs "replicas: 2" for high availability, §3).
 */
export const PRODUCTION_SERVING_MIN_REPLICAS = 2;

/**
 * HA floors of the platform components in production: the low end of each component's replica range in the
 * reference's production tier (docs/reference-platform.md §2) — 2 for the stateless services, a primary and two
 * replicas for PostgreSQL and Redis, a 4-node object store, an HA pair of load balancers. A component the tier
 * does not list (monitoring) has no floor.
 */
export const PRODUCTION_MIN_REPLICAS: Partial<Record<ComponentKind, number>> = Object.fromEntries(
  Object.entries(SPEC_TIERS.production.rows).map(([kind, row]) => [kind, row.replicas[0]]),
);

/**
 * Fewest replicas a node of `kind` may run in `environment`: production's HA floors (self-hosted serving 2, platform
 * components their production-tier minimum, a cloud provider one logical endpoint); 1 in dev and staging.
 */
export function minReplicas(kind: ComponentKind, environment: Environment): number {
  if (environment !== "production") return 1;
  if (kind === "llm" || kind === "embeddings") return PRODUCTION_SERVING_MIN_REPLICAS;
  return PRODUCTION_MIN_REPLICAS[kind] ?? 1;
}

/**
 * Replicas a serving node needs for `demand`: the fewest that keep peak utilisation at or below TARGET_UTILISATION,
 * ceil(demand / (capacityPerReplica × 0.8)), and never fewer than `floor` (see minReplicas). `demand` and
 * `capacityPerReplica` share a unit: output tok/s for an LLM, input tok/s for embeddings; the capacity is what one
 * replica sustains within the SLOs. A node with no capacity within the SLOs (0) gets the floor: more copies of it
 * would not make any user's stream faster. The −1e-9 keeps a demand that is an exact multiple of the target
 * capacity from rounding up on floating-point noise.
 */
export function replicasFor(demand: number, capacityPerReplica: number, floor = 1): number {
  const needed =
    capacityPerReplica > 0 ? Math.ceil(demand / (capacityPerReplica * TARGET_UTILISATION) - 1e-9) : 0;
  return Math.max(floor, needed);
}

/** True when peak utilisation (demand / SLO capacity) is above the headroom target: the rules' "capacity-tight". */
export function aboveTargetUtilisation(utilisation: number): boolean {
  return utilisation > TARGET_UTILISATION;
}
