import { APPLE_AND_CPU_PRODUCTS } from "./products-apple-cpu";
import { PCIE_SERVERS } from "./products-pcie";
import { ASSUMED, price, SPEC, type ProductInput } from "./products-common";

/** NVIDIA SXM boards (HGX/DGX, 4 or 8 GPUs on NVLink/NVSwitch) and the DGX Spark desktop. */
const GPU_SERVERS = [
  {
    id: "hgx-h100-8",
    name: "HGX H100 8-GPU server (DGX H100 class)",
    kind: "gpu-server",
    hardwareId: "h100-sxm",
    devices: 8,
    cpuCores: 112,
    systemMemoryGb: 2048,
    storageTb: 30,
    rackUnits: 8,
    powerW: 8000,
    maxPowerW: 10200,
    networkGbps: 3200,
    interconnect: "nvlink",
    price: price(300000, "Typical HGX H100 8-GPU server (OEM), Nov 2025; DGX H100 list was higher"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA DGX H100: 2× Xeon 8480C (112 cores), 2 TB RAM, 30 TB NVMe, 8U, ~10.2 kW max",
        url: "https://www.nvidia.com/en-us/data-center/dgx-h100/",
      },
    ],
    notes:
      "powerW is a typical inference draw (~8 kW); the system maximum is ~10.2 kW — size PDUs and cooling on the " +
      "maximum. Network: 8 × 400 Gb/s ConnectX-7 (one per GPU) for the compute fabric.",
  },
  {
    id: "hgx-h200-8",
    name: "HGX H200 8-GPU server",
    kind: "gpu-server",
    hardwareId: "h200-sxm",
    devices: 8,
    cpuCores: 112,
    systemMemoryGb: 2048,
    storageTb: 30,
    rackUnits: 8,
    powerW: 8000,
    maxPowerW: 10200,
    networkGbps: 3200,
    interconnect: "nvlink",
    price: price(340000, "Typical HGX H200 8-GPU server (OEM), Nov 2025"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA H200 (HGX H200 8-GPU, 1,128 GB HBM3e total)",
        url: "https://www.nvidia.com/en-us/data-center/h200/",
      },
      SPEC,
    ],
    notes:
      "The reference platform's DeepSeek V3 server (8 × H200, 1,128 GB). Same chassis class and power envelope as " +
      "HGX H100 (typical ~8 kW, maximum ~10.2 kW).",
  },
  {
    id: "hgx-h100-4",
    name: "HGX H100 4-GPU server",
    kind: "gpu-server",
    hardwareId: "h100-sxm",
    devices: 4,
    cpuCores: 64,
    systemMemoryGb: 1024,
    storageTb: 15,
    rackUnits: 4,
    powerW: 4000,
    networkGbps: 800,
    interconnect: "nvlink",
    price: price(150000, "Estimate: typical HGX H100 4-GPU server (OEM), Nov 2025; no vendor quote read"),
    sources: [
      {
        kind: "datasheet",
        title:
          "NVIDIA HGX platform: HGX H100 in 4- and 8-GPU configurations, NVLink between all GPUs of the board",
        url: "https://www.nvidia.com/en-us/data-center/hgx/",
      },
      ASSUMED,
    ],
    notes: "4 × 700 W GPUs + host ≈ 4 kW typical (≈ 5 kW maximum). 2 × 400 Gb/s NICs assumed.",
  },
  {
    id: "dgx-a100-8",
    name: "DGX A100 (8 × A100 80 GB)",
    kind: "gpu-server",
    hardwareId: "a100-sxm-80gb",
    devices: 8,
    cpuCores: 128,
    systemMemoryGb: 2048,
    storageTb: 30,
    rackUnits: 6,
    powerW: 5000,
    maxPowerW: 6500,
    networkGbps: 1600,
    interconnect: "nvlink",
    price: price(160000, "8 × A100 80 GB at ~$15k + host, secondary market, Nov 2025"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA DGX A100: 2× EPYC 7742 (128 cores), 2 TB RAM, 30 TB NVMe, 6U, 6.5 kW max",
        url: "https://www.nvidia.com/en-us/data-center/dgx-a100/",
      },
    ],
    notes: "Typical inference draw ~5 kW; maximum 6.5 kW. 8 × 200 Gb/s HDR InfiniBand.",
  },
  {
    id: "dgx-b200",
    name: "DGX B200 (8 × B200)",
    kind: "gpu-server",
    hardwareId: "b200",
    devices: 8,
    cpuCores: 112,
    systemMemoryGb: 2048,
    storageTb: 30,
    rackUnits: 10,
    powerW: 11000,
    maxPowerW: 14300,
    networkGbps: 3200,
    interconnect: "nvlink",
    price: price(500000, "DGX B200 street price, Nov 2025"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA DGX B200: 8 × B200 (1,440 GB), 2× Xeon 8570 (112 cores), 10U, ~14.3 kW max",
        url: "https://www.nvidia.com/en-us/data-center/dgx-b200/",
      },
    ],
    notes:
      "Typical inference draw ~11 kW; maximum ~14.3 kW. 2 TB RAM standard (up to 4 TB). 8 × 400 Gb/s ConnectX-7.",
  },
  {
    id: "hgx-h200-4",
    name: "HGX H200 4-GPU server",
    kind: "gpu-server",
    hardwareId: "h200-sxm",
    devices: 4,
    cpuCores: 64,
    systemMemoryGb: 1024,
    storageTb: 15,
    rackUnits: 4,
    powerW: 4000,
    networkGbps: 800,
    interconnect: "nvlink",
    price: price(170000, "Estimate: 4 × H200 SXM at ~$35k street + a 64-core, 1 TB host (~$30k), Nov 2025"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA H200: HGX H200 in 4- and 8-GPU configurations (NVLink, 141 GB per GPU)",
        url: "https://www.nvidia.com/en-us/data-center/h200/",
      },
      ASSUMED,
    ],
    notes:
      "4 × 700 W GPUs + host ≈ 4 kW typical (≈ 5 kW maximum). Fully NVLink-connected 4-GPU board. Price estimated.",
  },
  {
    id: "hgx-b200-8",
    name: "HGX B200 8-GPU server (OEM)",
    kind: "gpu-server",
    hardwareId: "b200",
    devices: 8,
    cpuCores: 112,
    systemMemoryGb: 2048,
    storageTb: 30,
    rackUnits: 10,
    powerW: 11000,
    networkGbps: 3200,
    interconnect: "nvlink",
    price: price(
      420000,
      "Estimate: 8 × B200 at ~$45k street + host (~$60k), Nov 2025; DGX B200 lists higher",
    ),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA HGX platform: HGX B200 8-GPU board, NVLink 5 (1.8 TB/s per GPU), 1,440 GB HBM3e",
        url: "https://www.nvidia.com/en-us/data-center/hgx/",
      },
      ASSUMED,
    ],
    notes:
      "OEM servers on NVIDIA's HGX B200 board (the DGX B200's board). B200 SXM is sold only on this 8-GPU board: " +
      "there is no 4-GPU HGX B200, so smaller B200 instances share an 8-GPU server. Power as DGX B200 (~11 kW " +
      "typical, ~14.3 kW maximum).",
  },
  {
    id: "dgx-spark",
    name: "NVIDIA DGX Spark (GB10, 128 GB)",
    kind: "gpu-server",
    hardwareId: "gb10",
    devices: 1,
    cpuCores: 20,
    systemMemoryGb: 128,
    storageTb: 4,
    rackUnits: 1,
    powerW: 200,
    networkGbps: 200,
    price: price(3999, "NVIDIA DGX Spark Founders Edition list price, Oct 2025 launch"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA DGX Spark",
        url: "https://www.nvidia.com/en-us/products/workstations/dgx-spark/",
      },
    ],
    notes:
      "systemMemoryGb is the same 128 GB unified pool the GPU uses (not additional). Desktop box (150 × 150 × 50.5 mm) " +
      "on a shelf: ~1U each assumed. 240 W PSU; ~200 W typical under load (assumption). ConnectX-7 200 GbE for pairing.",
  },
] satisfies ProductInput[];

/** Servers and machines the UI offers (hardware × count × memory, with cost, power and space). */
export const PRODUCTS: readonly ProductInput[] = [...GPU_SERVERS, ...PCIE_SERVERS, ...APPLE_AND_CPU_PRODUCTS];

/**
 * Retired product ids still found in saved plans, mapped to the SKU that replaces them (getProduct resolves them).
 * `gpu-server-2x-h100` modelled the reference platform's 2 × H100 box as SXM, which ships only on 4/8-GPU HGX
 * boards; the real 2-GPU box is the H100 NVL pair. A plan still naming it gets a `product-replaced` finding.
 */
export const PRODUCT_ALIASES: Readonly<Record<string, string>> = {
  "gpu-server-2x-h100": "gpu-server-2x-h100-nvl",
};
