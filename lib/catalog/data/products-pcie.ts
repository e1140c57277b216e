import { ASSUMED, price, SPEC, type ProductInput } from "./products-common";

/** A PCIe card, its street price (the hardware catalog's) and power, for building servers of 1–8 cards. */
interface Card {
  hardwareId: string;
  label: string;
  cardUsd: number;
  cardW: number;
  /** GPU-to-GPU link of a multi-card server. */
  interconnect: "pcie" | "pcie-gen5" | "nvlink-bridge";
}

/** A host class: what a chassis holding `devices` cards typically has (planner assumption, Nov 2025 street prices). */
interface Host {
  cpuCores: number;
  systemMemoryGb: number;
  storageTb: number;
  rackUnits: number;
  hostW: number;
  hostUsd: number;
  networkGbps: number;
}

/**
 * Host classes by card count [planner]: 1 card in a 1U/2U single-socket box, 2 in a 2U dual-socket, 4 in a 2U/4U
 * dual-socket, 8 double-width cards in a 4U dual-socket with PCIe switches (Dell R760xa/XE8640-, Supermicro
 * SYS-421GE-class chassis). Host power: CPUs, memory, NVMe, fans and NICs under load.
 */
const HOSTS: Record<1 | 2 | 4 | 8, Host> = {
  1: {
    cpuCores: 16,
    systemMemoryGb: 128,
    storageTb: 1,
    rackUnits: 1,
    hostW: 250,
    hostUsd: 6000,
    networkGbps: 25,
  },
  2: {
    cpuCores: 64,
    systemMemoryGb: 512,
    storageTb: 4,
    rackUnits: 2,
    hostW: 600,
    hostUsd: 20000,
    networkGbps: 100,
  },
  4: {
    cpuCores: 64,
    systemMemoryGb: 1024,
    storageTb: 8,
    rackUnits: 4,
    hostW: 800,
    hostUsd: 30000,
    networkGbps: 200,
  },
  8: {
    cpuCores: 96,
    systemMemoryGb: 2048,
    storageTb: 15,
    rackUnits: 4,
    hostW: 1200,
    hostUsd: 45000,
    networkGbps: 400,
  },
};

const H100_PCIE: Card = {
  hardwareId: "h100-pcie",
  label: "H100 PCIe 80 GB",
  cardUsd: 25000,
  cardW: 350,
  interconnect: "pcie-gen5",
};
const H100_NVL: Card = {
  hardwareId: "h100-nvl",
  label: "H100 NVL 94 GB",
  cardUsd: 28000,
  cardW: 400,
  interconnect: "nvlink-bridge",
};
const L40S: Card = {
  hardwareId: "l40s",
  label: "L40S 48 GB",
  cardUsd: 8000,
  cardW: 350,
  interconnect: "pcie",
};
const L4: Card = { hardwareId: "l4", label: "L4 24 GB", cardUsd: 2500, cardW: 72, interconnect: "pcie" };

/** NVLink bridges for the pairs of an NVL server: ~$1,000 per 2-way set (3 bridges) [planner]. */
const BRIDGE_SET_USD = 1000;

/** How a server of `devices` cards links them: NVL pairs over bridges (PCIe beyond a pair), else the slot. */
function links(card: Card, devices: number): Partial<ProductInput> {
  if (devices < 2) return {};
  if (card.interconnect !== "nvlink-bridge") return { interconnect: card.interconnect };
  return {
    interconnect: "nvlink-bridge",
    ...(devices > 2 ? { interconnectGroupSize: 2, interconnectBeyondGroup: "pcie-gen5" } : {}),
  };
}

/**
 * A PCIe server of `devices` cards: price = cards at street price + the host class (+ NVLink bridge sets), power =
 * cards' TDP + host. Priced as an estimate (ASSUMED): no vendor quote was read; real quotes vary ±30% with volume.
 */
function pcieServer(card: Card, devices: 1 | 2 | 4 | 8, extra: Partial<ProductInput> = {}): ProductInput {
  const host = HOSTS[devices];
  const bridges = card.interconnect === "nvlink-bridge" ? Math.floor(devices / 2) * BRIDGE_SET_USD : 0;
  const usd = devices * card.cardUsd + host.hostUsd + bridges;
  const { hostW, hostUsd: _usd, ...chassis } = host;
  return {
    id: `gpu-server-${devices}x-${card.hardwareId}`,
    name: `${devices} × ${card.label} server`,
    kind: "gpu-server",
    hardwareId: card.hardwareId,
    devices,
    ...chassis,
    powerW: devices * card.cardW + hostW,
    ...links(card, devices),
    price: price(
      usd,
      `Estimate: ${devices} × ${card.label} at ~$${card.cardUsd.toLocaleString("en-US")} street + a ${host.cpuCores}-core, ` +
        `${host.systemMemoryGb} GB host (~$${host.hostUsd.toLocaleString("en-US")})${bridges ? " + NVLink bridge sets" : ""}, Nov 2025; no vendor quote read`,
    ),
    sources: [ASSUMED],
    ...extra,
  };
}

const NVL_NOTE =
  "H100 NVL cards are joined in pairs by NVLink bridges (600 GB/s bidirectional): tensor parallelism of 2 inside a " +
  "pair runs over NVLink, of 4 or 8 it crosses PCIe Gen5 between pairs. No NVSwitch: for TP4/TP8 over NVLink use an " +
  "HGX board.";

/** PCIe and NVL card servers (1–8 cards): H100 PCIe, H100 NVL, L40S, L4, T4. */
export const PCIE_SERVERS: readonly ProductInput[] = [
  pcieServer(H100_NVL, 2, {
    id: "gpu-server-2x-h100-nvl",
    name: "2 × H100 NVL 94 GB server (reference platform's 2 × H100)",
    sources: [SPEC, ASSUMED],
    notes:
      "The reference platform's production LLM server (2 × H100, 64 cores, 512 GB DDR5, 4 TB NVMe, 100 GbE) as a SKU " +
      "that exists: H100 SXM modules ship only on 4/8-GPU HGX boards, so a 2-GPU H100 box is PCIe — H100 NVL (94 GB, " +
      "3.9 TB/s) with an NVLink bridge, or H100 PCIe (80 GB, 2 TB/s) without. Replaces the former " +
      "'gpu-server-2x-h100', which modelled the pair as SXM. " +
      NVL_NOTE,
  }),
  pcieServer(H100_NVL, 4, { notes: NVL_NOTE }),
  pcieServer(H100_NVL, 8, { notes: NVL_NOTE }),
  pcieServer(H100_PCIE, 2, { notes: "No NVLink bridge: tensor parallelism runs over PCIe Gen5." }),
  pcieServer(H100_PCIE, 4, { notes: "No NVLink bridge: tensor parallelism runs over PCIe Gen5." }),
  pcieServer(H100_PCIE, 8, { notes: "No NVLink bridge: tensor parallelism runs over PCIe Gen5." }),
  pcieServer(L40S, 1),
  pcieServer(L40S, 2, { notes: "No NVLink on L40S: tensor parallelism runs over PCIe Gen4." }),
  pcieServer(L40S, 4, {
    id: "gpu-server-4x-l40s",
    name: "4 × L40S server",
    rackUnits: 2,
    powerW: 1800,
    price: price(47000, "Estimate: 4 × L40S at ~$8k + host (~$15k), Nov 2025; no vendor quote read"),
    notes: "4 × 350 W GPUs + host. No NVLink on L40S: tensor parallelism runs over PCIe Gen4.",
  }),
  pcieServer(L40S, 8, { notes: "No NVLink on L40S: tensor parallelism runs over PCIe Gen4." }),
  pcieServer(L4, 1, {
    id: "gpu-server-1x-l4",
    name: "1 × L4 embedding server (reference platform)",
    powerW: 350,
    price: price(8500, "Estimate: 1 × L4 (~$2.5k) + a 16-core, 128 GB 1U host (~$6k), Nov 2025"),
    sources: [SPEC],
    notes: "The reference platform's embedding server: 1 × L4 24 GB, 16 cores, 128 GB, 1 TB NVMe, 25 GbE.",
  }),
  pcieServer(L4, 2, {
    id: "gpu-server-2x-l4",
    name: "2 × L4 server",
    cpuCores: 32,
    systemMemoryGb: 256,
    storageTb: 2,
    rackUnits: 1,
    powerW: 450,
    networkGbps: 25,
    price: price(12000, "Estimate: 2 × L4 + a 32-core, 256 GB 1U host, Nov 2025; no vendor quote read"),
  }),
  pcieServer(L4, 4, {
    rackUnits: 2,
    notes: "Low-profile 72 W cards; no NVLink: tensor parallelism over PCIe Gen4.",
  }),
  pcieServer(L4, 8, {
    rackUnits: 2,
    notes: "Low-profile 72 W cards; no NVLink: tensor parallelism over PCIe Gen4.",
  }),
  {
    id: "gpu-server-1x-t4",
    name: "1 × T4 server (OCR / small models)",
    kind: "gpu-server",
    hardwareId: "t4",
    devices: 1,
    cpuCores: 16,
    systemMemoryGb: 128,
    storageTb: 1,
    rackUnits: 1,
    powerW: 300,
    networkGbps: 10,
    price: price(6000, "Estimate: 1 × T4 (~$1k) + a 16-core 1U host, Nov 2025"),
    sources: [SPEC],
    notes: "The reference platform's minimum GPU for the document worker's OCR ('NVIDIA T4 or better').",
  },
];
