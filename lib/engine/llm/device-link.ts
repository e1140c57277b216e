import { getInterconnect, type Interconnect, type Product } from "../../catalog";
import type { ResolvedHardware } from "./resolve";

/**
 * A link the engine charges collectives on: per-direction bandwidth (GB/s), effective latency (µs), the catalog
 * interconnect id and the name people read in assumptions and findings ("NVLink bridge", not "nvlink-bridge").
 */
export interface Link {
  bandwidthGBps: number;
  latencyUs: number;
  id: string;
  name: string;
}

/** An interconnect's name without its parenthesised detail ("PCIe Gen5 x16"); an unknown id (custom hardware) as is. */
export const linkName = (id: string): string => (getInterconnect(id)?.name ?? id).replace(/ \(.*\)$/, "");

/**
 * The GPU-to-GPU links of the server an instance runs on, when a product or the request names them: `within` joins
 * groups of `groupSize` devices (2 for NVLink-bridged H100 NVL pairs; all devices otherwise), `beyond` joins the
 * groups (PCIe between NVL pairs). Absent: the hardware's own link (hardwareLink).
 */
export interface DeviceLinks {
  within: Link;
  groupSize: number;
  beyond?: Link;
}

/**
 * The hardware's own device link: its intraNodeBandwidthGBps and an NCCL small-message latency of 3 µs over NVLink
 * (AIConfigurator's constant) or 10 µs over PCIe — the figures the calibrated runs (H100 SXM) were fitted with.
 */
export function hardwareLink(hardware: ResolvedHardware): Link {
  return {
    bandwidthGBps: hardware.intraNodeBandwidthGBps,
    latencyUs: hardware.intraNodeInterconnect.startsWith("nvlink") ? 3 : 10,
    id: hardware.intraNodeInterconnect,
    name: linkName(hardware.intraNodeInterconnect),
  };
}

/** A catalog interconnect as a link; the hardware's own figures when it is the hardware's native link. */
export function linkOf(interconnect: Interconnect, hardware: ResolvedHardware): Link {
  if (interconnect.id === hardware.intraNodeInterconnect) return hardwareLink(hardware);
  return {
    bandwidthGBps: interconnect.bandwidthGBps,
    latencyUs: interconnect.latencyUs,
    id: interconnect.id,
    name: linkName(interconnect.id),
  };
}

/**
 * The device links an estimate uses: an explicit `intraNodeInterconnect` (all devices on it), else the product's
 * (`interconnect`, `interconnectGroupSize`, `interconnectBeyondGroup`), else none (the hardware's own).
 */
export function deviceLinks(
  hardware: ResolvedHardware,
  explicit: Interconnect | undefined,
  product: Product | undefined,
  lookup: (id: string) => Interconnect,
): DeviceLinks | undefined {
  if (explicit) return { within: linkOf(explicit, hardware), groupSize: Infinity };
  if (!product?.interconnect) return undefined;
  const within = linkOf(lookup(product.interconnect), hardware);
  const beyond = product.interconnectBeyondGroup
    ? linkOf(lookup(product.interconnectBeyondGroup), hardware)
    : undefined;
  return { within, groupSize: product.interconnectGroupSize ?? Infinity, ...(beyond ? { beyond } : {}) };
}

/**
 * The link a tensor-parallel group of `tp` devices all-reduces over: the fast link when the group fits in one of its
 * groups (TP2 on an NVL pair), else the link between groups (a ring over 4 NVL cards is as slow as its PCIe hops).
 */
export function tensorParallelLink(
  hardware: ResolvedHardware,
  links: DeviceLinks | undefined,
  tp: number,
): Link {
  if (!links) return hardwareLink(hardware);
  return tp > links.groupSize && links.beyond ? links.beyond : links.within;
}
