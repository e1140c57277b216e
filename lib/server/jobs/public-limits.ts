import { PublicLimitError } from "../errors";

/**
 * Size caps of the public engine routes (`/api/evaluate`, `/api/advise`, `/api/estimate`) for callers without the
 * owner's access: one anonymous request must not buy seconds of CPU (a 2,000-node advise takes ~20 s). The owner is
 * held only by the plan limits (MAX_NODES) and the job time limit.
 */
export interface PublicLimits {
  /** Nodes of the plan, scenario nodes included. */
  nodes: number;
  edges: number;
  scenarios: number;
  /** Requests in one /api/estimate batch. */
  batchItems: number;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Throws PublicLimitError (413) when a plan document (raw JSON, before validation) exceeds `limits`. */
export function checkPublicPlanLimits(document: unknown, limits: PublicLimits): void {
  const doc = (typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
  const scenarios = list(doc.scenarios);
  const nodes =
    list(doc.nodes).length +
    scenarios.reduce<number>((sum, s) => sum + list((s as { nodes?: unknown } | null)?.nodes).length, 0);
  const counts: [string, number, number][] = [
    ["nodes", nodes, limits.nodes],
    ["edges", list(doc.edges).length, limits.edges],
    ["scenarios", scenarios.length, limits.scenarios],
  ];
  for (const [what, count, limit] of counts) {
    if (count > limit) throw new PublicLimitError(what, count, limit);
  }
}

/** Throws PublicLimitError (413) when an estimate batch holds more than `limits.batchItems` requests. */
export function checkPublicBatchLimit(batch: unknown[], limits: PublicLimits): void {
  if (batch.length > limits.batchItems)
    throw new PublicLimitError("estimate requests", batch.length, limits.batchItems);
}
