import { type z } from "zod";
import { type interconnectSchema } from "../runtime-schema";

type InterconnectInput = z.input<typeof interconnectSchema>;

const APP_LEVEL_NOTE =
  "The reference platform quotes '8–10 ms between nodes (10 GbE)' and '3–5 ms (RoCE)': those are application-level " +
  "round trips (request handling, queuing, serialisation), about three orders of magnitude above the link latency. " +
  "The planner uses the link figure here for collective/pipeline hops and models application overheads separately.";

/**
 * Links between devices (intra-node) and between nodes. Bandwidth is per direction per endpoint in GB/s (bytes);
 * latency is the effective one-way small-message latency including the usual software stack (NCCL, TCP, RDMA verbs).
 */
export const INTERCONNECTS: readonly InterconnectInput[] = [
  {
    id: "nvlink",
    name: "NVLink 4 (H100/H200 SXM, via NVSwitch)",
    scope: "intra-node",
    bandwidthGBps: 450,
    latencyUs: 5,
    rdma: true,
    sources: [
      {
        kind: "datasheet",
        title: "AIConfigurator H100 SXM system spec (NVLink 450 GB/s per direction)",
        repo: "ai-dynamo/aiconfigurator",
        path: "aic-core/src/aiconfigurator_core/systems/h100_sxm.yaml",
        commit: "095f58a51c4ca8e61b66ec108d86f223f8d559ce",
      },
      {
        kind: "secondary",
        title:
          "MLPerf Inference v4.1 H200-SXM system description ('18x 4th Gen NVLink, 900GB/s' bidirectional)",
        repo: "mlcommons/inference_results_v4.1",
        path: "closed/NVIDIA/systems/H200-SXM-141GBx8_TRT.json",
      },
    ],
    notes:
      "900 GB/s bidirectional = 450 GB/s per direction per GPU (NVLink 4). A100 SXM has NVLink 3 at 300 GB/s/dir and " +
      "B200 NVLink 5 at 900 GB/s/dir; those devices carry their own intraNodeBandwidthGBps. Latency: an NCCL " +
      "all-reduce of a few KB over NVSwitch takes a few microseconds (AIConfigurator models a ~3 µs constant); 5 µs " +
      "is used as the effective per-hop figure.",
  },
  {
    id: "pcie",
    name: "PCIe (generic: Gen4 x16)",
    scope: "intra-node",
    bandwidthGBps: 32,
    latencyUs: 10,
    rdma: false,
    sources: [
      {
        kind: "secondary",
        title:
          "PCI-SIG base specifications: Gen3 x16 ≈ 16 GB/s, Gen4 x16 ≈ 32 GB/s, Gen5 x16 ≈ 64 GB/s per direction",
        url: "https://pcisig.com/specifications",
      },
    ],
    notes:
      "Generic value chosen as PCIe Gen4 x16 (≈32 GB/s per direction), the slot of L4, L40S, A40 and A100 PCIe. Devices " +
      "carry their own figure: H100 PCIe uses Gen5 x16 (64 GB/s), T4 Gen3 x16 (16 GB/s). GPU-to-GPU traffic without " +
      "NVLink goes through the CPU root complex or a PCIe switch; NCCL small-message latency is ~10 µs.",
  },
  {
    id: "pcie-gen5",
    name: "PCIe Gen5 x16",
    scope: "intra-node",
    bandwidthGBps: 64,
    latencyUs: 10,
    rdma: false,
    sources: [
      {
        kind: "datasheet",
        title:
          "NVIDIA H100 datasheet: H100 PCIe / H100 NVL interconnect 'PCIe Gen5: 128 GB/s' (bidirectional)",
        url: "https://www.nvidia.com/en-us/data-center/h100/",
      },
      { kind: "derived", title: "128 GB/s bidirectional ÷ 2 = 64 GB/s per direction" },
    ],
    notes:
      "The slot of H100 PCIe, H100 NVL and H200 NVL cards. Between NVLink-bridged pairs (4- and 8-card NVL servers) " +
      "tensor parallelism crosses PCIe, through a PCIe switch or the CPU root complex; 64 GB/s is the nominal " +
      "per-direction figure, real peer-to-peer throughput across a CPU socket is lower. Latency as for generic PCIe.",
  },
  {
    id: "nvlink-bridge",
    name: "NVLink bridge (H100 NVL / H100 PCIe pairs)",
    scope: "intra-node",
    bandwidthGBps: 300,
    latencyUs: 5,
    rdma: true,
    sources: [
      {
        kind: "datasheet",
        title:
          "NVIDIA H100 datasheet: H100 NVL interconnect 'NVIDIA NVLink: 600 GB/s' (bidirectional, 2-way bridge)",
        url: "https://www.nvidia.com/en-us/data-center/h100/",
      },
      { kind: "derived", title: "600 GB/s bidirectional ÷ 2 = 300 GB/s per direction" },
    ],
    notes:
      "Three NVLink bridges join exactly two cards: tensor parallelism of 2 runs over NVLink, beyond a pair it crosses " +
      "PCIe (products carry interconnectGroupSize 2 and pcie-gen5 beyond). No NVSwitch, so no all-to-all NVLink " +
      "domain as on HGX boards. Latency: peer-to-peer NVLink without a switch, as for NVSwitch (5 µs effective).",
  },
  {
    id: "ethernet-10g",
    name: "10 GbE (TCP/IP)",
    scope: "inter-node",
    bandwidthGBps: 1.25,
    latencyUs: 50,
    rdma: false,
    sources: [
      {
        kind: "secondary",
        title: "NVMe/TCP vs NVMe/RDMA comparison (TCP stack ≈ 25–40 µs, RDMA ≈ 10–20 µs incl. storage)",
        url: "https://nvme-tcp.com/compare/nvme-tcp-vs-nvme-rdma",
      },
      { kind: "derived", title: "10 Gbit/s ÷ 8 = 1.25 GB/s per direction" },
    ],
    notes:
      "Kernel TCP over 10 GbE: ~30–60 µs one way for a small message including the stack; 50 µs used. " +
      APP_LEVEL_NOTE,
  },
  {
    id: "ethernet-25g",
    name: "25 GbE (TCP/IP)",
    scope: "inter-node",
    bandwidthGBps: 3.125,
    latencyUs: 40,
    rdma: false,
    sources: [{ kind: "derived", title: "25 Gbit/s ÷ 8 = 3.125 GB/s per direction" }],
    notes:
      "Kernel TCP; the NIC is faster than 10 GbE but the software stack dominates small-message latency. " +
      APP_LEVEL_NOTE,
  },
  {
    id: "roce-25g",
    name: "25 GbE RoCEv2 (RDMA)",
    scope: "inter-node",
    bandwidthGBps: 3.125,
    latencyUs: 5,
    rdma: true,
    sources: [
      { kind: "derived", title: "25 Gbit/s ÷ 8 = 3.125 GB/s per direction" },
      {
        kind: "secondary",
        title: "NVMe/TCP vs NVMe/RDMA: RDMA bypasses the kernel stack (kernel bypass, zero copy)",
        url: "https://nvme-tcp.com/compare/nvme-tcp-vs-nvme-rdma",
      },
    ],
    notes:
      "RDMA verbs over a lossless (PFC/ECN) Ethernet fabric: ~2–5 µs one way including NCCL's net plugin. Requires " +
      "RDMA-capable NICs and switch configuration. " +
      APP_LEVEL_NOTE,
  },
  {
    id: "ethernet-100g",
    name: "100 GbE (TCP/IP)",
    scope: "inter-node",
    bandwidthGBps: 12.5,
    latencyUs: 30,
    rdma: false,
    sources: [{ kind: "derived", title: "100 Gbit/s ÷ 8 = 12.5 GB/s per direction" }],
    notes:
      "The reference platform's GPU-node network (100 Gbps between GPU nodes). Plain TCP; with RoCE on the same NICs " +
      "latency drops to a few µs. " +
      APP_LEVEL_NOTE,
  },
  {
    id: "infiniband-400g",
    name: "InfiniBand NDR 400 Gb/s",
    scope: "inter-node",
    bandwidthGBps: 50,
    latencyUs: 3,
    rdma: true,
    sources: [
      {
        kind: "datasheet",
        title: "AIConfigurator H100 SXM system spec (inter-node 50 GB/s per GPU)",
        repo: "ai-dynamo/aiconfigurator",
        path: "aic-core/src/aiconfigurator_core/systems/h100_sxm.yaml",
        commit: "095f58a51c4ca8e61b66ec108d86f223f8d559ce",
      },
    ],
    notes:
      "One ConnectX-7 NDR port per GPU in DGX/HGX H100: 400 Gbit/s = 50 GB/s per direction. Switch + verbs + NCCL " +
      "≈ 2–5 µs small-message latency; 3 µs used.",
  },
  {
    id: "roce-200g",
    name: "200 GbE RoCE (DGX Spark ConnectX-7)",
    scope: "inter-node",
    bandwidthGBps: 25,
    latencyUs: 5,
    rdma: true,
    sources: [
      {
        kind: "secondary",
        title:
          "DGX Spark hardware summary: dual ConnectX-7 200GbE (QSFP), Ethernet only, used to pair Sparks",
        url: "https://dgx-spark.warehack.ing/hardware/",
      },
      { kind: "derived", title: "200 Gbit/s ÷ 8 = 25 GB/s per direction" },
    ],
    notes:
      "Added for DGX Spark (GB10), whose only multi-device path is its ConnectX-7 NIC (two Sparks cabled back to back). " +
      "Whether both QSFP ports together exceed 200 Gbit/s is not settled in the sources read; 25 GB/s is the nominal " +
      "single-link figure.",
  },
  {
    id: "thunderbolt-5",
    name: "Thunderbolt 5 (IP over Thunderbolt)",
    scope: "inter-node",
    bandwidthGBps: 10,
    latencyUs: 40,
    rdma: false,
    sources: [
      {
        kind: "datasheet",
        title:
          "Apple TN3205: Low-latency communication with RDMA over Thunderbolt (macOS 26.2+, Thunderbolt 5 Macs)",
        url: "https://developer.apple.com/documentation/technotes/tn3205-low-latency-communication-with-rdma-over-thunderbolt",
      },
      {
        kind: "secondary",
        title:
          "Summary of TN3205: memory access latency ~300 µs over TCP vs < 50 µs with RDMA over Thunderbolt",
        url: "https://www.adwaitx.com/?p=10695",
      },
    ],
    notes:
      "80 Gbit/s symmetric = 10 GB/s per direction; the 120 Gbit/s figure is Bandwidth Boost, one direction only (with " +
      "40 Gbit/s back). The reference platform's 'Thunderbolt 5 direct: 120 GB/s' confuses Gbit/s and GB/s (12× too " +
      "high). Latency 40 µs is TCP/IP over the Thunderbolt bridge (llama.cpp RPC, exo's TCP ring). macOS 26.2 adds RDMA " +
      "over Thunderbolt 5 (MLX 'jaccl' backend, exo ≥ 1.0) with much lower latency; rdma is false here because it must " +
      "be enabled explicitly (rdma_ctl enable in Recovery) and only MLX/exo use it.",
  },
  {
    id: "thunderbolt-4",
    name: "Thunderbolt 4 (IP over Thunderbolt)",
    scope: "inter-node",
    bandwidthGBps: 5,
    latencyUs: 50,
    rdma: false,
    sources: [
      {
        kind: "derived",
        title: "40 Gbit/s ÷ 8 = 5 GB/s per direction (nominal; IP over Thunderbolt achieves less)",
      },
      {
        kind: "secondary",
        title: "Apple discussions: RDMA over Thunderbolt is not available on Thunderbolt 4 Macs",
        url: "https://discussions.apple.com/thread/256279343",
      },
    ],
    notes:
      "Used for base M4/M5 machines, which have Thunderbolt 4 but not 5. IP-over-Thunderbolt throughput is typically " +
      "well below the 40 Gbit/s line rate; no RDMA.",
  },
] satisfies InterconnectInput[];
