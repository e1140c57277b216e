import { CLOUD, STREET, aic, price, type HardwareInput } from "./nvidia-common";
import { NVIDIA_AMPERE_ADA_TURING } from "./hardware-nvidia-ampere-ada";

/** NVIDIA Hopper and Blackwell accelerators. Dense tensor-core rates; memory in GB as marketed. */
const HOPPER_BLACKWELL = [
  {
    id: "h100-sxm",
    name: "NVIDIA H100 SXM 80GB",
    family: "nvidia",
    generation: "Hopper",
    memoryGb: 80,
    memoryBandwidthGBps: 3350,
    fp16Tflops: 989,
    bf16Supported: true,
    fp8Tflops: 1978,
    int8Tops: 1978,
    gpuCores: 132,
    tdpW: 700,
    intraNodeInterconnect: "nvlink",
    intraNodeBandwidthGBps: 450,
    formFactor: "SXM5 (HGX 4/8-GPU board)",
    listPrice: price(30000, STREET),
    rentalPerHour: price(2.5, CLOUD),
    sources: [
      aic("h100_sxm.yaml"),
      {
        kind: "secondary",
        title: "llm-analysis GPU config h100-sxm-80gb (3350 GB/s, fp16 989, int8 1979, NVLink 450)",
        repo: "cli99/llm-analysis",
        path: "llm_analysis/gpu_configs/h100-sxm-80gb.json",
      },
      {
        kind: "datasheet",
        title: "NVIDIA H100 Tensor Core GPU",
        url: "https://www.nvidia.com/en-us/data-center/h100/",
      },
    ],
    notes:
      "Marketed 80 GB (AIC: 80 GiB usable). LLM-Viewer uses 3072 GB/s; the datasheet's 3.35 TB/s is used here.",
  },
  {
    id: "h100-pcie",
    name: "NVIDIA H100 PCIe 80GB",
    family: "nvidia",
    generation: "Hopper",
    memoryGb: 80,
    memoryBandwidthGBps: 2000,
    fp16Tflops: 756.5,
    bf16Supported: true,
    fp8Tflops: 1513,
    int8Tops: 1513,
    gpuCores: 114,
    tdpW: 350,
    intraNodeInterconnect: "pcie-gen5",
    intraNodeBandwidthGBps: 64,
    formFactor: "PCIe Gen5 x16, dual-slot",
    listPrice: price(25000, STREET),
    rentalPerHour: price(2.0, CLOUD),
    sources: [aic("h100_pcie.yaml")],
    notes:
      "PCIe Gen5 x16 = 64 GB/s per direction, no NVLink assumed (an optional 3-slot NVLink bridge pairs two cards; " +
      "the H100 NVL variant has 94 GB and 3.9 TB/s). NVIDIA's 1513 TFLOPS BF16 figure is with sparsity.",
  },
  {
    id: "h100-nvl",
    name: "NVIDIA H100 NVL 94GB",
    family: "nvidia",
    generation: "Hopper",
    memoryGb: 94,
    memoryBandwidthGBps: 3900,
    fp16Tflops: 835.5,
    bf16Supported: true,
    fp8Tflops: 1670.5,
    int8Tops: 1670.5,
    gpuCores: 132,
    tdpW: 400,
    intraNodeInterconnect: "nvlink-bridge",
    intraNodeBandwidthGBps: 300,
    formFactor: "PCIe Gen5 x16, dual-slot; NVLink bridge joins pairs",
    listPrice: price(28000, STREET),
    sources: [
      {
        kind: "datasheet",
        title:
          "NVIDIA H100 datasheet, H100 NVL column: 94 GB HBM3, 3.9 TB/s, BF16 1,671 / FP8 3,341 TFLOPS (with sparsity), " +
          "350–400 W configurable, NVLink 600 GB/s, PCIe Gen5 128 GB/s",
        url: "https://www.nvidia.com/en-us/data-center/h100/",
      },
      {
        kind: "derived",
        title:
          "Dense rates = the datasheet's sparse figures ÷ 2; NVLink 600 GB/s bidirectional = 300 GB/s per direction",
      },
    ],
    notes:
      "The H100 sold as a PCIe card since 2023, sized for LLM inference: a 2-way NVLink bridge joins two cards (188 GB), " +
      "beyond a pair GPUs talk over PCIe Gen5. TDP is configurable 350–400 W; 400 W used. 132 SMs (full GH100 count of " +
      "the SXM part) per third-party spec pages; NVIDIA does not list it on the datasheet.",
  },
  {
    id: "h200-sxm",
    name: "NVIDIA H200 SXM 141GB",
    family: "nvidia",
    generation: "Hopper",
    memoryGb: 141,
    memoryBandwidthGBps: 4800,
    fp16Tflops: 989,
    bf16Supported: true,
    fp8Tflops: 1978,
    int8Tops: 1978,
    gpuCores: 132,
    tdpW: 700,
    intraNodeInterconnect: "nvlink",
    intraNodeBandwidthGBps: 450,
    formFactor: "SXM5 (HGX 4/8-GPU board)",
    listPrice: price(35000, STREET),
    rentalPerHour: price(3.5, CLOUD),
    sources: [
      aic("h200_sxm.yaml"),
      {
        kind: "secondary",
        title:
          "MLPerf Inference v4.1 NVIDIA H200-SXM-141GBx8 system: 141 GB HBM3e, NVLink 900 GB/s, TGP 700 W",
        repo: "mlcommons/inference_results_v4.1",
        path: "closed/NVIDIA/systems/H200-SXM-141GBx8_TRT.json",
      },
    ],
    notes: "Same compute as H100 SXM; more and faster HBM3e (141 GB, 4.8 TB/s).",
  },
  {
    id: "b200",
    name: "NVIDIA B200 180GB",
    family: "nvidia",
    generation: "Blackwell",
    memoryGb: 180,
    memoryBandwidthGBps: 7700,
    fp16Tflops: 2250,
    bf16Supported: true,
    fp8Tflops: 4500,
    int8Tops: 4500,
    fp4Tflops: 9000,
    gpuCores: 148,
    tdpW: 1000,
    intraNodeInterconnect: "nvlink",
    intraNodeBandwidthGBps: 900,
    formFactor: "SXM6 (HGX/DGX B200 8-GPU board)",
    listPrice: price(45000, STREET),
    rentalPerHour: price(5.5, CLOUD),
    sources: [
      aic("b200_sxm.yaml"),
      {
        kind: "datasheet",
        title: "NVIDIA DGX B200",
        url: "https://www.nvidia.com/en-us/data-center/dgx-b200/",
      },
    ],
    notes:
      "180 GB per GPU in HGX/DGX B200 (1,440 GB per 8 GPUs; 192 GB is the die maximum). Bandwidth quoted 7.7–8 TB/s; " +
      "7.7 used. NVLink 5: 1.8 TB/s bidirectional = 900 GB/s per direction. INT8 dense = half the 9 POPS sparse figure.",
  },
  {
    id: "gb10",
    name: "NVIDIA GB10 (DGX Spark) 128GB unified",
    family: "nvidia",
    generation: "Blackwell (GB10, sm_121)",
    memoryGb: 128,
    memoryBandwidthGBps: 273,
    fp16Tflops: 125,
    bf16Supported: true,
    fp8Tflops: 250,
    fp4Tflops: 500,
    gpuCores: 48,
    cpuCores: 20,
    tdpW: 140,
    intraNodeInterconnect: "roce-200g",
    intraNodeBandwidthGBps: 25,
    formFactor: "Desktop SoC (150 × 150 × 50.5 mm box)",
    listPrice: price(3999, "NVIDIA DGX Spark Founders Edition list price (whole box, 4 TB), Oct 2025 launch"),
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA DGX Spark product page (GB10, 128 GB LPDDR5x, up to 1 PFLOP FP4 with sparsity)",
        url: "https://www.nvidia.com/en-us/products/workstations/dgx-spark/",
      },
      {
        kind: "secondary",
        title:
          "Hot Chips 2025 coverage: GB10 ~31 TFLOPS FP32, 1 PFLOP FP4 sparse, LPDDR5x-9400 273–301 GB/s, 140 W",
        url: "https://meterpreter.org/a-supercomputer-on-your-desk-nvidia-unveils-the-dgx-spark-ai-superchip",
      },
      {
        kind: "secondary",
        title:
          "DGX Spark hardware reference: 6,144 CUDA cores, 20 Arm cores, 273 GB/s, dual ConnectX-7 200GbE",
        url: "https://ai-infrastructure.net/dgx-spark/",
      },
      {
        kind: "derived",
        title: "Dense rates = 1 PFLOP FP4 (sparse) ÷ 2 for sparsity, ÷ 2 per precision step",
      },
    ],
    notes:
      "Uncertain: NVIDIA publishes only '1 PFLOP FP4 with sparsity'. Dense FP4 500, FP8 250 and FP16/BF16 125 TFLOPS " +
      "are derived by halving (sparsity, then per precision step); measured BF16 GEMMs may land lower. 273 GB/s is " +
      "NVIDIA's figure (LPDDR5x-9400 on 256 bits would be ~301 GB/s peak). 48 SMs = 6,144 CUDA cores / 128. Memory is " +
      "shared with the 20-core Arm CPU. One GPU per box, so the 'intra-node' link is the ConnectX-7 200 GbE used to " +
      "pair two Sparks. tdpW is the SoC (~140 W); the box draws up to ~240 W (PSU). Some retailers list it above $3,999.",
  },
] satisfies HardwareInput[];

/** Every NVIDIA accelerator of the catalog (Hopper/Blackwell here, Ampere/Ada/Turing in their own file). */
export const NVIDIA_HARDWARE: readonly HardwareInput[] = [...HOPPER_BLACKWELL, ...NVIDIA_AMPERE_ADA_TURING];
