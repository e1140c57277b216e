import { getHardware } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ComponentReport, CostLine } from "../report-schema";
import { COMPUTE_SERVER, hardwarePrice, servingHardware } from "./cost-inputs";

/** The cost categories booked as one-off CAPEX (the month they are bought in); every other category is recurring. */
export const CAPEX_CATEGORIES: readonly string[] = ["serving hardware", "component GPUs", "compute"];

/** Hardware bought in month 0, by category, with the bill-of-materials lines it is made of. */
export interface Capex {
  lines: CostLine[];
  servingUsd: number;
  componentGpuUsd: number;
  computeUsd: number;
  totalUsd: number;
  /** Rack units of the serving hardware (products, or GPUs' host servers; Macs 2 U each). */
  servingRackUnits: number;
  /** CPU compute servers the platform components need. */
  computeServers: number;
}

/**
 * Compute servers (COMPUTE_SERVER: 32 cores, 128 GB) that hold the platform components' total cores and memory:
 * ceil(max(cores / 32, GB / 128)); 0 without components.
 */
export function computeServers(components: ComponentReport[]): number {
  if (!components.length) return 0;
  const cores = components.reduce((s, x) => s + x.totalCpuCores, 0);
  const memory = components.reduce((s, x) => s + x.totalMemoryGb, 0);
  return Math.ceil(Math.max(cores / COMPUTE_SERVER.cores, memory / COMPUTE_SERVER.memoryGb) - 1e-9);
}

/** Rack units of every self-hosted serving node's hardware. */
export function servingRackUnits(plan: PlanDocument): number {
  return plan.nodes.reduce((s, n) => s + (servingHardware(plan, n)?.rackUnits ?? 0), 0);
}

/** Rated power of the platform components' own GPUs (Odin's OCR), W: GPUs × replicas × TDP. */
export function componentGpuPowerW(plan: PlanDocument, components: ComponentReport[]): number {
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  return components.reduce((s, x) => {
    const node = nodeById.get(x.nodeId);
    return s + (node?.gpu ? x.gpus * x.replicas * (getHardware(node.gpu.hardware)?.tdpW ?? 0) : 0);
  }, 0);
}

/** Serving hardware: whole products, or accelerators plus host servers (servingHardware), one line per node. */
function servingCapex(plan: PlanDocument) {
  const lines: CostLine[] = [];
  let usd = 0;
  let rackUnits = 0;
  for (const node of plan.nodes) {
    const hw = servingHardware(plan, node);
    if (!hw) continue;
    usd += hw.capexUsd;
    rackUnits += hw.rackUnits;
    lines.push({
      category: "serving hardware",
      item: `${node.label}: ${hw.item}`,
      itemCode: "serving-hardware",
      itemParams: { label: node.label, name: hw.itemName, hosts: hw.hosts },
      quantity: hw.units,
      unitUsd: hw.unit.usd,
      capexUsd: hw.capexUsd,
      monthlyUsd: 0,
      asOf: hw.unit.asOf,
      source: hw.unit.source,
    });
  }
  return { lines, usd, rackUnits };
}

/** GPUs of platform components (Odin's OCR), at their list price or the plan's override. */
function componentGpuCapex(plan: PlanDocument, components: ComponentReport[]) {
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const lines: CostLine[] = [];
  let usd = 0;
  for (const comp of components) {
    const node = nodeById.get(comp.nodeId);
    if (!node?.gpu || comp.gpus === 0) continue;
    const price = hardwarePrice(plan, node.gpu.hardware);
    const count = comp.gpus * comp.replicas;
    usd += count * price.usd;
    lines.push({
      category: "component GPUs",
      item: `${node.label}: ${getHardware(node.gpu.hardware)?.name ?? node.gpu.hardware}`,
      quantity: count,
      unitUsd: price.usd,
      capexUsd: count * price.usd,
      monthlyUsd: 0,
      asOf: price.asOf,
      source: price.source,
    });
  }
  return { lines, usd };
}

/** The compute servers the platform components run on, at the plan's server price. */
function computeCapex(plan: PlanDocument, components: ComponentReport[]) {
  const c = plan.costs;
  const servers = computeServers(components);
  const usd = servers * c.computeServerUsd;
  if (!servers) return { lines: [], usd, servers };
  const cores = components.reduce((s, x) => s + x.totalCpuCores, 0);
  const memory = components.reduce((s, x) => s + x.totalMemoryGb, 0);
  const line: CostLine = {
    category: "compute",
    item: `Compute servers (${COMPUTE_SERVER.cores} cores, ${COMPUTE_SERVER.memoryGb} GB) for ${Math.round(cores)} cores, ${Math.round(memory)} GB`,
    itemCode: "compute-servers",
    itemParams: {
      serverCores: COMPUTE_SERVER.cores,
      serverMemoryGb: COMPUTE_SERVER.memoryGb,
      cores: Math.round(cores),
      memoryGb: Math.round(memory),
    },
    quantity: servers,
    unitUsd: c.computeServerUsd,
    capexUsd: usd,
    monthlyUsd: 0,
    asOf: c.pricesAsOf,
    source: "plan cost assumption",
  };
  return { lines: [line], usd, servers };
}

/** The CAPEX phase of the cost report: serving hardware, component GPUs and compute servers, bought in month 0. */
export function capexCosts(plan: PlanDocument, components: ComponentReport[]): Capex {
  const serving = servingCapex(plan);
  const gpus = componentGpuCapex(plan, components);
  const compute = computeCapex(plan, components);
  return {
    lines: [...serving.lines, ...gpus.lines, ...compute.lines],
    servingUsd: serving.usd,
    componentGpuUsd: gpus.usd,
    computeUsd: compute.usd,
    totalUsd: serving.usd + gpus.usd + compute.usd,
    servingRackUnits: serving.rackUnits,
    computeServers: compute.servers,
  };
}
