import type { PlanDocument } from "../plan/plan-schema";
import { amortisationMonths, amortisedMonthlyCostUsd, runCostMonth } from "./headline";
import type { Report } from "./report-schema";

/**
 * Each node's share of the plan's monthly cost with CAPEX amortised (headline `amortisedMonthlyCostUsd`), USD, for
 * the canvas's cost badges. It reads the cost report as it is and allocates it; it computes no price of its own, so
 * the badges always add up to the plan's figure (to the cent: largest-remainder rounding).
 *
 * Allocation (an attribution, stated as such in the badge's title):
 * - CAPEX / amortisation months: serving hardware and component GPUs to the node whose bill-of-materials line it is
 *   (lines are written in plan order as "<node label>: <item>"); compute servers to the platform components in
 *   proportion to what they ask of them, cores / 32 + GB / 128 (the compute server of cost-inputs.ts).
 * - Cloud API bills ("cloud LLM", "cloud embeddings"): to the cloud nodes of that purpose by traffic share.
 * - Storage: to the components by provisioned storage (totalStorageGb).
 * - Support, power, hosting: by each node's share of the CAPEX (support is a % of CAPEX; power and rack space
 *   follow the hardware bought).
 * - Staff and any other category: spread over the nodes in proportion to everything else they were given.
 */
export type NodeCostsUsd = Record<string, number>;

type Weights = Map<string, number>;

const COMPUTE_CORES = 32;
const COMPUTE_MEMORY_GB = 128;

/** Serving-hardware and component-GPU CAPEX per node, by walking the lines in plan order. */
function directCapex(plan: PlanDocument, report: Report): Weights {
  const out: Weights = new Map();
  for (const category of ["serving hardware", "component GPUs"]) {
    const lines = report.cost.lines.filter((l) => l.category === category);
    let i = 0;
    for (const node of plan.nodes) {
      const line = lines[i];
      if (line && line.item.startsWith(`${node.label}: `)) {
        out.set(node.id, (out.get(node.id) ?? 0) + line.capexUsd);
        i++;
      }
    }
  }
  return out;
}

/** Month-0 CAPEX per node: its own hardware plus its part of the compute servers. */
function capexWeights(plan: PlanDocument, report: Report): Weights {
  const out = directCapex(plan, report);
  const compute = report.cost.lines
    .filter((l) => l.category === "compute")
    .reduce((s, l) => s + l.capexUsd, 0);
  const ask = new Map(
    report.components.map((c) => [
      c.nodeId,
      c.totalCpuCores / COMPUTE_CORES + c.totalMemoryGb / COMPUTE_MEMORY_GB,
    ]),
  );
  const askTotal = [...ask.values()].reduce((s, x) => s + x, 0);
  if (compute > 0 && askTotal > 0)
    for (const [id, a] of ask) out.set(id, (out.get(id) ?? 0) + (compute * a) / askTotal);
  return out;
}

/** `usd` split over `weights` in proportion (nothing when the weights are all zero). */
function spread(usd: number, weights: Weights, into: Weights): boolean {
  const total = [...weights.values()].reduce((s, x) => s + x, 0);
  if (!(total > 0) || usd === 0) return false;
  for (const [id, w] of weights) into.set(id, (into.get(id) ?? 0) + (usd * w) / total);
  return true;
}

/** Weights of one run-month category, or null for the shared overhead (spread last, pro rata). */
function categoryWeights(category: string, report: Report, capex: Weights): Weights | null {
  const purpose = category === "cloud LLM" ? "llm" : category === "cloud embeddings" ? "embeddings" : null;
  if (purpose)
    return new Map(
      report.serving
        .filter((s) => s.mode === "cloud" && s.purpose === purpose)
        .map((s) => [s.nodeId, s.trafficShare]),
    );
  if (category === "storage") return new Map(report.components.map((c) => [c.nodeId, c.totalStorageGb]));
  if (category === "support" || category === "power" || category === "hosting") return capex;
  return null;
}

/**
 * Cents rounded so that they add up to `totalUsd` exactly (largest remainder): the cents the floors miss go to the
 * largest fractions; a surplus (the categories' own rounding) comes off the smallest.
 */
function roundToTotal(raw: Weights, totalUsd: number, ids: string[]): NodeCostsUsd {
  const cents = ids.map((id) => (raw.get(id) ?? 0) * 100);
  const out = cents.map(Math.floor);
  let left = Math.round(totalUsd * 100) - out.reduce((s, x) => s + x, 0);
  const order = cents.map((c, i) => [c - out[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  const take = left > 0 ? order : [...order].reverse().filter(([, i]) => out[i]! > 0);
  for (let k = 0; left !== 0 && take.length > 0; k = (k + 1) % take.length) {
    const i = take[k]![1];
    if (left < 0 && out[i]! <= 0) continue;
    out[i]! += Math.sign(left);
    left -= Math.sign(left);
  }
  return Object.fromEntries(ids.map((id, i) => [id, out[i]! / 100]));
}

/** Every node's monthly cost (amortised), USD; the values add up to `amortisedMonthlyCostUsd(report)`. */
export function nodeMonthlyCostsUsd(plan: PlanDocument, report: Report): NodeCostsUsd {
  const ids = plan.nodes.map((n) => n.id);
  if (ids.length === 0) return {};
  const amortisation = amortisationMonths(report);
  const total = amortisedMonthlyCostUsd(report);
  const capex = capexWeights(plan, report);
  const raw: Weights = new Map();
  let overhead = 0;
  if (!spread(report.cost.capexUsd / amortisation, capex, raw))
    overhead += report.cost.capexUsd / amortisation;
  const month = report.cost.monthly.find((m) => m.month === runCostMonth(report));
  for (const [category, usd] of Object.entries(month?.byCategory ?? {})) {
    const weights = categoryWeights(category, report, capex);
    if (!weights || !spread(usd, weights, raw)) overhead += usd;
  }
  // Shared overhead (staff, anything unattributed) pro rata; evenly when nothing else was attributed.
  if (!spread(overhead, raw, raw)) spread(overhead, new Map(ids.map((id) => [id, 1])), raw);
  return roundToTotal(raw, total, ids);
}
