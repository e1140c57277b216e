import { getHardware, getProduct } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import { COOLING_LIMIT_KW, rackLimitKw } from "../policy";
import { computeServers } from "../platform/cost-capex";
import { COMPUTE_SERVER, GPU_HOST_RACK_UNITS, servingHardware } from "../platform/cost-inputs";
import type { ComponentReport, Finding } from "../report-schema";
import { finding, nodeTarget, planTarget } from "./finding";

/** Rack units of one standard rack (42U). */
export const RACK_UNITS = 42;

/** One box to rack: its height, its maximum power and where it comes from. */
export interface RackedUnit {
  nodeId: string | null;
  label: string;
  rackUnits: number;
  /** Rated maximum, W: the product's maxPowerW, else its typical powerW (the catalog gives no maximum); TDP for bare accelerators. */
  maxW: number;
}

/**
 * The hardware to rack, one entry per box: each self-hosted serving node's products (or accelerator hosts: 8 GPUs at
 * TDP per 4U host, Macs 2U each), then the platform's compute servers (1U, 450 W).
 */
export function rackedUnits(plan: PlanDocument, components: ComponentReport[]): RackedUnit[] {
  const out: RackedUnit[] = [];
  for (const node of plan.nodes) {
    const hw = servingHardware(plan, node);
    if (!hw || !node.serving) continue;
    const product = node.serving.product ? getProduct(node.serving.product) : undefined;
    if (product && product.devices > 0) {
      for (let i = 0; i < hw.units; i++)
        out.push({
          nodeId: node.id,
          label: `${node.label}: ${product.name}`,
          rackUnits: product.rackUnits,
          maxW: product.maxPowerW ?? product.powerW,
        });
      continue;
    }
    const spec =
      typeof node.serving.hardware === "string" ? getHardware(hw.hardwareId) : node.serving.hardware;
    const tdpW = spec?.tdpW ?? 0;
    const apple = spec?.family === "apple";
    const perBox = apple ? 1 : 8;
    const boxes = Math.ceil(hw.devices / perBox);
    for (let i = 0; i < boxes; i++)
      out.push({
        nodeId: node.id,
        label: `${node.label}: ${hw.item}`,
        rackUnits: apple ? 2 : GPU_HOST_RACK_UNITS,
        maxW: Math.min(perBox, hw.devices - i * perBox) * tdpW,
      });
  }
  for (let i = 0; i < computeServers(components); i++)
    out.push({
      nodeId: null,
      label: "Compute server",
      rackUnits: COMPUTE_SERVER.rackUnits,
      maxW: COMPUTE_SERVER.powerW,
    });
  return out;
}

/** The boxes filled into 42U racks in order (next rack when the height is used up): each rack's total maximum W. */
export function rackLoadsW(units: RackedUnit[]): number[] {
  const racks: { ru: number; w: number }[] = [];
  for (const u of units) {
    const last = racks[racks.length - 1];
    if (!last || last.ru + u.rackUnits > RACK_UNITS) racks.push({ ru: u.rackUnits, w: u.maxW });
    else {
      last.ru += u.rackUnits;
      last.w += u.maxW;
    }
  }
  return racks.map((r) => r.w);
}

const kw = (w: number) => Math.round(w / 100) / 10;
/** A number as the English message catalog's ICU `number` format writes it. */
const n = (x: number) => x.toLocaleString("en-US");

/**
 * Facility limits (costs.rackPowerKw and costs.coolingClass): a server whose maximum power alone exceeds what one rack
 * may hold is an error (it cannot be installed); racks filled by height whose total maximum exceeds it are a warning,
 * with the racks needed when filled by power instead: ceil(total kW / limit kW).
 */
export function facilityFindings(plan: PlanDocument, components: ComponentReport[]): Finding[] {
  const c = plan.costs;
  const limitKw = rackLimitKw(c);
  const units = rackedUnits(plan, components);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    if (u.maxW / 1000 <= limitKw + 1e-9 || !u.nodeId || seen.has(u.nodeId)) continue;
    seen.add(u.nodeId);
    out.push(
      finding(
        "server-exceeds-rack-power",
        "error",
        nodeTarget(u.nodeId),
        `${u.label} draws up to ${n(kw(u.maxW))} kW, more than the ${n(limitKw)} kW one rack may hold (${c.coolingClass} cooling, ${n(c.rackPowerKw)} kW feed)`,
        `Raise the rack power feed and the cooling class (rear-door ≤ ${COOLING_LIMIT_KW["rear-door"]} kW, liquid ≤ ${COOLING_LIMIT_KW.liquid} kW), or choose a smaller server.`,
        { label: u.label, kw: kw(u.maxW), limitKw, cooling: c.coolingClass, feedKw: c.rackPowerKw },
      ),
    );
  }
  const loads = rackLoadsW(units);
  const over = loads.filter((w) => w / 1000 > limitKw + 1e-9);
  if (over.length && out.length === 0) {
    const totalW = loads.reduce((s, w) => s + w, 0);
    const racksNeeded = Math.ceil(totalW / 1000 / limitKw - 1e-9);
    out.push(
      finding(
        "rack-power-exceeded",
        "warning",
        planTarget,
        `${n(over.length)} of ${n(loads.length)} rack(s) filled by height draw up to ${n(kw(Math.max(...over)))} kW, above the ${n(limitKw)} kW a rack may hold (${c.coolingClass} cooling, ${n(c.rackPowerKw)} kW feed)`,
        `Spread the hardware over ${n(racksNeeded)} racks by power (${n(kw(totalW))} kW in all), or raise the rack power feed and cooling class.`,
        {
          racksOver: over.length,
          racks: loads.length,
          kw: kw(Math.max(...over)),
          limitKw,
          cooling: c.coolingClass,
          feedKw: c.rackPowerKw,
          racksNeeded,
          totalKw: kw(totalW),
        },
      ),
    );
  }
  return out;
}
