import type { PlanDocument } from "../../plan/plan-schema";

/**
 * A string that changes when anything the advisor reads changes, and not when the user only moves or resizes
 * things on the canvas (node and zone positions, zone sizes) — so dragging a node does not restart a 200 ms search.
 */
export function planSignature(plan: PlanDocument): string {
  return JSON.stringify({
    ...plan,
    zones: plan.zones.map(({ position: _p, size: _s, ...z }) => z),
    nodes: plan.nodes.map(({ position: _p, ...n }) => n),
    scenarios: plan.scenarios.map((s) => ({ ...s, nodes: s.nodes.map(({ position: _p, ...n }) => n) })),
  });
}
