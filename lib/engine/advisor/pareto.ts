import type { SizedCandidate } from "./size-candidate";

/** True when `a` is at least as good as `b` on every objective and better on one (cost ↓, headroom ↑, latency ↓). */
function dominates(a: Objectives, b: Objectives): boolean {
  const noWorse = a.cost <= b.cost && a.headroom >= b.headroom && a.latency <= b.latency;
  const better = a.cost < b.cost || a.headroom > b.headroom || a.latency < b.latency;
  return noWorse && better;
}

interface Objectives {
  cost: number;
  headroom: number;
  latency: number;
}

/** Latency proxy of a sized candidate: one stream's TTFT plus its decode time at the SLO concurrency, ms. */
function objectives(s: SizedCandidate): Objectives {
  // capacityPerReplica / sloConcurrency is the per-stream rate at the SLO point; its inverse is time per token.
  const perStream = s.capacityPerReplica / Math.max(1, s.sloConcurrency);
  return { cost: s.monthlyUsd, headroom: s.headroom, latency: 1000 / Math.max(perStream, 1e-9) };
}

/** The non-dominated candidates: no other one is cheaper, roomier and faster at once. O(n²), n ≈ a few hundred. */
export function paretoFront(sized: SizedCandidate[]): SizedCandidate[] {
  const objs = sized.map(objectives);
  return sized.filter((_, i) => !objs.some((o, j) => j !== i && dominates(o, objs[i]!)));
}
