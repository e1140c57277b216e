import type { PlanNode } from "../../plan/node-schema";

export type Purpose = "llm" | "embeddings";

/** What a serving node does: generation or embeddings (self-hosted by kind, cloud by its `purpose`). */
export function purposeOf(node: PlanNode): Purpose | null {
  if (node.kind === "llm") return "llm";
  if (node.kind === "embeddings") return "embeddings";
  if (node.kind === "cloud-llm") return node.cloud?.purpose ?? "llm";
  return null;
}

function explicitShare(node: PlanNode): number | undefined {
  return node.serving?.trafficSharePct ?? node.cloud?.trafficSharePct;
}

function isFallback(node: PlanNode): boolean {
  return node.cloud?.role === "fallback";
}

/**
 * How a purpose's demand splits over the nodes serving it, as shares summing to 1 (or to 0 with no node).
 * Explicit `trafficSharePct` values are taken as given (scaled down if they exceed 100%); the rest of the traffic
 * is split evenly over primary nodes without a share; fallback nodes without a share take none (overflow only).
 */
export function trafficShares(nodes: PlanNode[], purpose: Purpose): Map<string, number> {
  const serving = nodes.filter((n) => purposeOf(n) === purpose);
  const shares = new Map<string, number>();
  const explicit = serving.filter((n) => explicitShare(n) !== undefined);
  const explicitTotal = explicit.reduce((s, n) => s + explicitShare(n)! / 100, 0);
  const scale = explicitTotal > 1 ? 1 / explicitTotal : 1;
  for (const n of explicit) shares.set(n.id, (explicitShare(n)! / 100) * scale);
  const rest = Math.max(0, 1 - explicitTotal * scale);
  const open = serving.filter((n) => explicitShare(n) === undefined && !isFallback(n));
  for (const n of serving) if (!shares.has(n.id)) shares.set(n.id, open.includes(n) ? rest / open.length : 0);
  // Nothing open to take the rest: give it to the explicit nodes in proportion (or to fallbacks if that is all).
  if (open.length === 0 && rest > 0 && serving.length > 0) {
    const takers = explicit.length ? explicit : serving;
    const base = takers.reduce((s, n) => s + (shares.get(n.id) ?? 0), 0);
    for (const n of takers) shares.set(n.id, base > 0 ? shares.get(n.id)! / base : 1 / takers.length);
  }
  return shares;
}
