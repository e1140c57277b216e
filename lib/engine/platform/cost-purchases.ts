import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { TARGET_UTILISATION } from "../policy";
import type { Purchase, ServingReport } from "../report-schema";
import { servingHardware } from "./cost-inputs";
import { usersAt } from "./workload";

/**
 * Replicas a self-hosted node needs in a month whose demand is `growth` × today's: the sizing policy's count,
 * ceil(utilisation × replicas × growth ÷ TARGET_UTILISATION) (utilisation = today's peak demand ÷ SLO capacity), never
 * fewer than the node has. The same rule as replicasFor, written on the report's utilisation.
 */
export function replicasNeeded(s: Pick<ServingReport, "utilisation" | "replicas">, growth: number): number {
  const u = s.utilisation ?? 0;
  return Math.max(s.replicas, Math.ceil((u * s.replicas * growth) / TARGET_UTILISATION - 1e-9));
}

/**
 * The dated purchase plan: the hardware bought as user growth needs it, instead of all in month 0. The plan's own
 * replicas are bought in month 0 (sized for today); each later month m (1…H−1) in which the policy needs more replicas
 * than are owned — demand × usersAt(m) / users — buys the difference. Its CAPEX is what the node's hardware costs with
 * the new replica count minus what it cost before (whole products: a 2-GPU replica may fit in a server already
 * bought). Only self-hosted serving nodes that fit and carry load grow; platform components are sized for the horizon.
 */
export function purchasePlan(plan: PlanDocument, serving: ServingReport[]): Purchase[] {
  const w = plan.workload;
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const out: Purchase[] = [];
  for (const s of serving) {
    const node = byId.get(s.nodeId);
    if (s.mode !== "self-hosted" || !s.fits || !node?.serving || !(s.utilisation && s.utilisation > 0))
      continue;
    // Growth purchases only: a node short of replicas today is a capacity finding, not a purchase.
    let owned = replicasNeeded(s, 1);
    for (let m = 1; m < w.horizonMonths; m++) {
      const needed = replicasNeeded(s, usersAt(w, m) / w.users);
      if (needed <= owned) continue;
      const before = servingHardware(plan, { ...node, replicas: owned })!;
      const after = servingHardware(plan, { ...node, replicas: needed })!;
      out.push({
        month: m,
        nodeId: s.nodeId,
        label: s.label,
        item: after.item,
        replicasAdded: needed - owned,
        replicasAfter: needed,
        unitsAdded: after.units - before.units,
        capexUsd: Math.round((after.capexUsd - before.capexUsd) * 100) / 100,
        rackUnitsAdded: after.rackUnits - before.rackUnits,
      });
      owned = needed;
    }
  }
  return out.sort((a, b) => a.month - b.month);
}

/** The first month the purchase plan buys for `nodeId`; null when it never does within the horizon. */
export function firstPurchaseMonth(purchases: Purchase[], nodeId: string): number | null {
  return purchases.find((p) => p.nodeId === nodeId)?.month ?? null;
}

/**
 * Replicas of a node in service in month `m` (0…H−1): its own replicas (bought in month 0) until the purchase plan
 * buys more, then the count after the latest purchase up to `m`. The one schedule the CAPEX and the GPU-rental
 * baseline both follow.
 */
export function replicasInService(
  purchases: Purchase[],
  node: Pick<PlanNode, "id" | "replicas">,
  m: number,
): number {
  let replicas = node.replicas;
  for (const p of purchases) if (p.nodeId === node.id && p.month <= m) replicas = p.replicasAfter;
  return replicas;
}
