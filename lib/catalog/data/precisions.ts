import { type z } from "zod";
import { type precisionSchema } from "../runtime-schema";

type PrecisionInput = z.input<typeof precisionSchema>;

const ALL_FRAMEWORKS = ["vllm", "sglang", "tensorrt-llm", "tgi", "nim", "llama.cpp", "ollama", "mlx", "exo"];
const GGUF_FRAMEWORKS = ["llama.cpp", "ollama"];

const GGML_COMMON = {
  kind: "config",
  title: "ggml quantisation block layouts (block_q4_0, block_q8_0, block_q6_K …)",
  repo: "ggml-org/llama.cpp",
  path: "ggml/src/ggml-common.h",
} as const;

/**
 * Weight (and KV-cache) number formats. `bitsPerWeight` is the real storage cost including block scales; the
 * arithmetic is in each entry's notes and re-checked by catalog.test.ts.
 */
export const PRECISIONS: readonly PrecisionInput[] = [
  {
    id: "fp32",
    name: "FP32",
    kind: "float",
    bitsPerWeight: 32,
    computeClass: "fp32",
    fallbackComputeClass: "fp32",
    usableAsKvCache: true,
    kvBytesPerElement: 4,
    frameworks: ["llama.cpp", "mlx", "vllm"],
    sources: [{ kind: "datasheet", title: "IEEE 754 binary32" }],
    notes: "Rarely used for inference; listed for completeness (and CPU reference runs).",
  },
  {
    id: "bf16",
    name: "BF16",
    kind: "float",
    bitsPerWeight: 16,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    requiresHardwareFeature: "bf16",
    usableAsKvCache: true,
    kvBytesPerElement: 2,
    frameworks: ALL_FRAMEWORKS,
    sources: [{ kind: "datasheet", title: "bfloat16: 1 sign, 8 exponent, 7 mantissa bits" }],
    notes:
      "Native tensor-core support from Ampere (A100/A40) on; Turing (T4) has none — serve FP16 there instead. " +
      "Apple M1/M2 GPUs have no native bf16 (emulated/converted by the frameworks).",
  },
  {
    id: "fp16",
    name: "FP16",
    kind: "float",
    bitsPerWeight: 16,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: true,
    kvBytesPerElement: 2,
    frameworks: ALL_FRAMEWORKS,
    sources: [{ kind: "datasheet", title: "IEEE 754 binary16" }],
  },
  {
    id: "fp8",
    name: "FP8 (E4M3, per-tensor or per-block scales)",
    kind: "float",
    bitsPerWeight: 8,
    computeClass: "fp8",
    fallbackComputeClass: "fp16",
    requiresHardwareFeature: "fp8",
    usableAsKvCache: true,
    kvBytesPerElement: 1,
    frameworks: ["vllm", "sglang", "tensorrt-llm", "tgi", "nim"],
    sources: [
      { kind: "datasheet", title: "NVIDIA Hopper/Ada FP8 Transformer Engine (E4M3/E5M2)" },
      {
        kind: "config",
        title: "DeepSeek-V3 weights: FP8 E4M3 with 128×128 block scales (reference-facts.json)",
        url: "https://huggingface.co/deepseek-ai/DeepSeek-V3",
      },
    ],
    notes:
      "8 bits per weight; per-tensor scales are negligible and DeepSeek's 128×128 block scales add 32/16384 bits " +
      "(0.002 bpw). Native on Ada/Hopper/Blackwell; Ampere runs FP8 checkpoints as weight-only (Marlin) at the FP16 rate.",
  },
  {
    id: "int8",
    name: "INT8 (W8A8 SmoothQuant / W8A16)",
    kind: "integer",
    bitsPerWeight: 8,
    computeClass: "int8",
    fallbackComputeClass: "fp16",
    usableAsKvCache: true,
    kvBytesPerElement: 1,
    frameworks: ["vllm", "sglang", "tensorrt-llm", "tgi", "nim"],
    sources: [{ kind: "datasheet", title: "NVIDIA tensor-core INT8 (Turing and later)" }],
    notes:
      "Per-channel scales add ~16/hidden bits per weight (negligible). W8A16 variants run at the FP16 rate.",
  },
  {
    id: "int4",
    name: "INT4 weight-only (AWQ / GPTQ, group size 128)",
    kind: "weight-only",
    bitsPerWeight: 4.15625,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: ["vllm", "sglang", "tensorrt-llm", "tgi", "nim", "mlx"],
    sources: [
      {
        kind: "derived",
        title: "Group-128 layout: 128 × 4-bit weights + one FP16 scale + one 4-bit zero point",
      },
      {
        kind: "secondary",
        title: "AutoAWQ / GPTQ packing (qweight int32×8, scales fp16, qzeros int32×8 per group)",
        repo: "casper-hansen/AutoAWQ",
      },
    ],
    notes:
      "Per group of 128 weights: 128×4 = 512 bits + 16-bit FP16 scale + 4-bit zero = 532 bits → 532/128 = 4.156 " +
      "bits/weight (≈4.16; symmetric GPTQ without zeros: 528/128 = 4.125). Weights are dequantised to FP16 inside the " +
      "GEMM (Marlin/AWQ kernels), so compute runs at the FP16 rate on every device. Embeddings/LM head usually stay 16-bit.",
  },
  {
    id: "nvfp4",
    name: "NVFP4 (E2M1 + FP8 scale per 16)",
    kind: "microscaling",
    bitsPerWeight: 4.5,
    computeClass: "fp4",
    fallbackComputeClass: "fp16",
    requiresHardwareFeature: "fp4",
    usableAsKvCache: false,
    frameworks: ["tensorrt-llm", "vllm", "sglang"],
    sources: [
      {
        kind: "datasheet",
        title: "NVIDIA Technical Blog: Introducing NVFP4 for efficient and accurate low-precision inference",
        url: "https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/",
      },
    ],
    notes:
      "16 × 4-bit E2M1 values + one 8-bit E4M3 scale = 72 bits → 72/16 = 4.5 bits/weight (plus one FP32 per-tensor " +
      "scale, negligible). Native FP4 tensor cores only on Blackwell (B200, GB10); elsewhere weight-only dequant to FP16.",
  },
  {
    id: "mxfp4",
    name: "MXFP4 (OCP Microscaling: E2M1 + E8M0 scale per 32)",
    kind: "microscaling",
    bitsPerWeight: 4.25,
    computeClass: "fp4",
    fallbackComputeClass: "fp16",
    requiresHardwareFeature: "fp4",
    usableAsKvCache: false,
    frameworks: ["vllm", "sglang", "tensorrt-llm", "llama.cpp", "ollama", "mlx"],
    sources: [
      {
        kind: "datasheet",
        title: "OCP Microscaling Formats (MX) Specification v1.0",
        url: "https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf",
      },
      {
        ...GGML_COMMON,
        note: "block_mxfp4: 1-byte E8M0 scale + 16 bytes of nibbles per 32 values = 17 bytes",
      },
    ],
    notes:
      "32 × 4-bit E2M1 values + one 8-bit E8M0 shared exponent = 136 bits → 136/32 = 4.25 bits/weight. gpt-oss ships " +
      "its MoE expert weights in MXFP4 (attention, embeddings and router in BF16). Native FP4 math only on " +
      "Blackwell; Hopper/Ampere (Triton/Marlin-style kernels), Apple and llama.cpp dequantise and multiply at the " +
      "FP16/BF16 rate — it still runs there, only without the FP4 speed-up.",
  },
  {
    id: "q8_0",
    name: "GGUF Q8_0",
    kind: "gguf",
    bitsPerWeight: 8.5,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: GGUF_FRAMEWORKS,
    sources: [
      { ...GGML_COMMON, note: "block_q8_0 { ggml_half d; int8_t qs[32]; } = 34 bytes per 32 weights" },
    ],
    notes:
      "34 bytes / 32 weights = 8.5 bits/weight. llama.cpp's q8_0 KV-cache type is a different setting (not modelled).",
  },
  {
    id: "q6_k",
    name: "GGUF Q6_K",
    kind: "gguf",
    bitsPerWeight: 6.5625,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: GGUF_FRAMEWORKS,
    sources: [
      {
        ...GGML_COMMON,
        note: "block_q6_K { uint8 ql[128]; uint8 qh[64]; int8 scales[16]; ggml_half d; } = 210 bytes per 256 weights",
      },
    ],
    notes: "210 bytes × 8 / 256 weights = 6.5625 bits/weight.",
  },
  {
    id: "q5_k_m",
    name: "GGUF Q5_K_M (mixed)",
    kind: "gguf",
    bitsPerWeight: 5.7,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: GGUF_FRAMEWORKS,
    sources: [
      { ...GGML_COMMON, note: "block_q5_K = 176 bytes per 256 weights = 5.5 bpw" },
      {
        kind: "benchmark",
        title: "llama-bench: Llama-3.1-8B Instruct Q5_K_M = 5.33 GiB, 8.03 B params",
        url: "https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
      },
    ],
    notes:
      "A whole-model average: Q5_K (5.5 bpw) for most tensors, Q6_K for half of attn_v/ffn_down, Q6_K output. " +
      "Llama-3.1-8B: 5.33 GiB × 2^30 × 8 / 8.03e9 = 5.70 bits/weight. Varies ±0.1 with architecture/vocabulary.",
  },
  {
    id: "q4_k_m",
    name: "GGUF Q4_K_M (mixed)",
    kind: "gguf",
    bitsPerWeight: 4.9,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: GGUF_FRAMEWORKS,
    sources: [
      { ...GGML_COMMON, note: "block_q4_K = 144 bytes per 256 weights = 4.5 bpw" },
      {
        kind: "benchmark",
        title: "llama-bench: 'llama 8B Q4_K - Medium | 4.58 GiB | 8.03 B'",
        url: "https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
      },
    ],
    notes:
      "A whole-model average: Q4_K (4.5 bpw) for most tensors, Q6_K for half of attn_v/ffn_down and the output " +
      "tensor. Llama-3(.1)-8B: 4.58 GiB × 2^30 × 8 / 8.03e9 = 4.90 bits/weight (the often-quoted 4.89 is the same " +
      "figure with a rounded file size). Large-vocabulary models sit higher, 70B models slightly lower (~4.8).",
  },
  {
    id: "q4_0",
    name: "GGUF Q4_0",
    kind: "gguf",
    bitsPerWeight: 4.5,
    computeClass: "fp16",
    fallbackComputeClass: "fp16",
    usableAsKvCache: false,
    frameworks: GGUF_FRAMEWORKS,
    sources: [
      { ...GGML_COMMON, note: "block_q4_0 { ggml_half d; uint8_t qs[16]; } = 18 bytes per 32 weights" },
    ],
    notes: "18 bytes / 32 weights = 4.5 bits/weight (legacy format; Q4_K_M is the usual choice).",
  },
] satisfies PrecisionInput[];
