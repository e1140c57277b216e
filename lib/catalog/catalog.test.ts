import { describe, expect, it } from "vitest";
import {
  CLOUD_MODEL_LIST,
  FRAMEWORK_LIST,
  HARDWARE,
  INTERCONNECT_LIST,
  MODEL_LIST,
  PRECISION_LIST,
  PRODUCT_LIST,
  catalogIds,
  getFramework,
  getHardware,
  getInterconnect,
  getModel,
  getPrecision,
  nearestCatalogIds,
  type CatalogKind,
  type Model,
} from "./index";
import { computeParamCount } from "./model-params";

const REQUIRED: Record<CatalogKind, string[]> = {
  hardware: [
    ...[
      "h100-sxm",
      "h100-pcie",
      "h100-nvl",
      "h200-sxm",
      "a100-sxm-80gb",
      "a100-pcie-80gb",
      "a100-40gb",
      "l40s",
      "a40",
      "l4",
    ],
    ...["t4", "b200", "gb10"],
    ...["m1", "m1-7c", "m1-pro", "m1-pro-14c", "m1-max", "m1-max-24c", "m1-ultra", "m1-ultra-48c"],
    ...["m2", "m2-8c", "m2-pro", "m2-pro-16c", "m2-max", "m2-max-30c", "m2-ultra", "m2-ultra-60c"],
    ...["m3", "m3-8c", "m3-pro", "m3-pro-14c", "m3-max", "m3-max-30c", "m3-ultra", "m3-ultra-60c"],
    ...["m4", "m4-8c", "m4-pro", "m4-pro-16c", "m4-max", "m4-max-32c", "m5"],
  ],
  product: [
    ...["hgx-h100-8", "hgx-h200-8", "hgx-h100-4", "hgx-h200-4", "hgx-b200-8", "dgx-a100-8"],
    ...["gpu-server-2x-h100-nvl", "gpu-server-4x-h100-nvl", "gpu-server-8x-h100-nvl"],
    ...["gpu-server-2x-h100-pcie", "gpu-server-4x-h100-pcie", "gpu-server-8x-h100-pcie"],
    ...["gpu-server-1x-l40s", "gpu-server-2x-l40s", "gpu-server-4x-l40s", "gpu-server-8x-l40s"],
    ...["gpu-server-4x-l4", "gpu-server-8x-l4"],
    ...["gpu-server-1x-l4", "gpu-server-2x-l4", "gpu-server-1x-t4", "dgx-b200", "dgx-spark"],
    ...[
      "mac-studio-m2-ultra-192",
      "mac-studio-m3-ultra-96",
      "mac-studio-m3-ultra-256",
      "mac-studio-m3-ultra-512",
    ],
    ...["mac-studio-m4-max-128", "mac-mini-m4-32", "mac-mini-m4-pro-64", "macbook-pro-m4-max-128"],
    ...["cpu-server-32c-128g", "cpu-server-64c-512g", "data-server-32c-256g-nvme"],
  ],
  model: [
    ...[
      "llama-2-7b",
      "llama-2-70b",
      "llama-3-8b",
      "llama-3-70b",
      "llama-3.1-8b",
      "llama-3.1-70b",
      "llama-3.1-405b",
    ],
    ...["llama-3.3-70b", "mistral-7b", "mixtral-8x7b", "mixtral-8x22b", "qwen2.5-7b", "qwen2.5-coder-7b"],
    ...["qwen2.5-32b", "qwen2.5-72b", "deepseek-v3", "deepseek-r1", "dbrx", "gpt-oss-20b", "gpt-oss-120b"],
    ...["e5-mistral-7b-instruct", "gte-qwen2-7b-instruct"],
    ...["qwen3-0.6b", "qwen3-1.7b", "qwen3-4b", "qwen3-8b", "qwen3-14b", "qwen3-32b"],
    ...["qwen3-30b-a3b", "qwen3-235b-a22b", "llama-4-scout", "llama-4-maverick"],
    ...[
      "codellama-7b",
      "codellama-13b",
      "codellama-34b",
      "mistral-nemo-12b",
      "mistral-small-3-24b",
      "yi-34b",
    ],
    ...["gemma-3-1b", "gemma-3-4b", "gemma-3-12b", "gemma-3-27b", "phi-4"],
    ...["deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-14b"],
    ...["deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-llama-8b", "deepseek-r1-distill-llama-70b"],
  ],
  precision: [
    "fp32",
    "bf16",
    "fp16",
    "fp8",
    "int8",
    "int4",
    "nvfp4",
    "mxfp4",
    "q8_0",
    "q6_k",
    "q5_k_m",
    "q4_k_m",
    "q4_0",
  ],
  framework: ["vllm", "sglang", "tensorrt-llm", "tgi", "nim", "llama.cpp", "ollama", "mlx", "exo"],
  interconnect: [
    ...["nvlink", "pcie", "ethernet-10g", "ethernet-25g", "roce-25g", "ethernet-100g", "infiniband-400g"],
    "thunderbolt-5",
  ],
  "cloud-model": [
    ...["openai-gpt-4.1", "openai-gpt-4.1-mini", "openai-gpt-4o", "openai-gpt-4o-mini", "openai-gpt-5"],
    ...[
      "openai-gpt-5-mini",
      "openai-text-embedding-3-small",
      "openai-text-embedding-3-large",
      "azure-gpt-4.1",
    ],
    ...[
      "azure-gpt-4o",
      "azure-text-embedding-3-large",
      "anthropic-claude-sonnet-4.5",
      "anthropic-claude-haiku-4.5",
    ],
    "anthropic-claude-opus-4.1",
  ],
};

const ALL_ENTRIES = [
  ...HARDWARE,
  ...PRODUCT_LIST,
  ...MODEL_LIST,
  ...PRECISION_LIST,
  ...FRAMEWORK_LIST,
  ...INTERCONNECT_LIST,
  ...CLOUD_MODEL_LIST,
];

/** Exceptions to the parameter-count check, each explained in the model's notes. */
const EMBEDDING_TABLE_B = (m: Model) => (m.vocabSize * m.hiddenSize) / 1e9;
const TOTAL_EXCEPTIONS: Record<string, (m: Model, computedB: number) => number> = {
  // The published checkpoint still carries an untied LM head that embedding serving never loads.
  "gte-qwen2-7b-instruct": (m, computedB) => computedB + EMBEDDING_TABLE_B(m),
};
const ACTIVE_EXCEPTIONS: Record<string, (m: Model, computedB: number) => number> = {
  // OpenAI's active count excludes the input-embedding table (only one row is read per token).
  "gpt-oss-20b": (m, computedB) => computedB - EMBEDDING_TABLE_B(m),
  "gpt-oss-120b": (m, computedB) => computedB - EMBEDDING_TABLE_B(m),
};

/** KV-cache bytes per token at 16-bit for the whole model (all layers, K and V; MLA: the cached latent). */
function kvBytesPerToken16(m: Model): number {
  if (m.attention.kind === "mla") return m.layers * (m.attention.kvLoraRank + m.attention.qkRopeHeadDim) * 2;
  return 2 * m.layers * m.kvHeads * m.headDim * 2;
}

/** reference-facts.json `kv_bytes_per_token_fp16` (DeepSeek: `kv_bytes_per_token_bf16_mla_latent`). */
const REFERENCE_KV_BYTES: Record<string, number> = {
  "llama-3.1-8b": 131072,
  "llama-3.1-70b": 327680,
  "llama-3.3-70b": 327680,
  "qwen2.5-32b": 262144,
  "qwen2.5-72b": 327680,
  "mixtral-8x22b": 229376,
  "deepseek-v3": 70272,
  dbrx: 163840,
  "e5-mistral-7b-instruct": 131072,
  "gte-qwen2-7b-instruct": 57344,
  "llama-2-70b": 327680,
  "llama-2-7b": 524288,
};

/**
 * Hand-computed BF16 KV bytes per token of the models added for issue 11: 2 (K, V) × layers × KV heads × head
 * width × 2 B, every layer counted (windowed layers are capped per sequence, not per token).
 */
const HAND_KV_BYTES: Record<string, number> = {
  "qwen3-0.6b": 2 * 28 * 8 * 128 * 2, // 114,688
  "qwen3-32b": 2 * 64 * 8 * 128 * 2, // 262,144
  "qwen3-30b-a3b": 2 * 48 * 4 * 128 * 2, // 98,304
  "qwen3-235b-a22b": 2 * 94 * 4 * 128 * 2, // 192,512
  "llama-4-scout": 2 * 48 * 8 * 128 * 2, // 196,608
  "llama-4-maverick": 2 * 48 * 8 * 128 * 2,
  "codellama-13b": 2 * 40 * 40 * 128 * 2, // 819,200: full MHA
  "codellama-34b": 2 * 48 * 8 * 128 * 2, // 196,608
  "mistral-nemo-12b": 2 * 40 * 8 * 128 * 2, // 163,840
  "yi-34b": 2 * 60 * 8 * 128 * 2, // 245,760
  "gemma-3-1b": 2 * 26 * 1 * 256 * 2, // 26,624
  "gemma-3-27b": 2 * 62 * 16 * 128 * 2, // 507,904
  "phi-4": 2 * 40 * 10 * 128 * 2, // 204,800
  "deepseek-r1-distill-qwen-1.5b": 2 * 28 * 2 * 128 * 2, // 28,672
};

/** calibration.json llama.cpp #4167 rows: chip, GPU cores, `mem_bw_GBps_as_listed` (first entry id). */
const CALIBRATION_APPLE_BW: [string, number, number, string][] = [
  ["M1", 7, 68, "C001"],
  ["M1", 8, 68, "C005"],
  ["M1 Pro", 14, 200, "C009"],
  ["M1 Pro", 16, 200, "C015"],
  ["M1 Max", 24, 400, "C021"],
  ["M1 Max", 32, 400, "C027"],
  ["M1 Ultra", 48, 800, "C033"],
  ["M1 Ultra", 64, 800, "C039"],
  ["M2 Pro", 16, 200, "C045"],
  ["M2 Pro", 19, 200, "C051"],
  ["M3 Max", 30, 300, "C057"],
  ["M3 Max", 40, 400, "C063"],
];

/** Bits per weight from the quantisation block layouts (bytes × 8 / weights per block) or measured files. */
const GIB = 2 ** 30;
const EXPECTED_BITS: Record<string, number> = {
  fp32: 32,
  bf16: 16,
  fp16: 16,
  fp8: 8,
  int8: 8,
  int4: (128 * 4 + 16 + 4) / 128, // 128 nibbles + FP16 scale + 4-bit zero per group
  nvfp4: (16 * 4 + 8) / 16, // 16 E2M1 + one E4M3 scale
  mxfp4: (32 * 4 + 8) / 32, // 32 E2M1 + one E8M0 scale
  q8_0: (34 * 8) / 32, // block_q8_0: fp16 d + 32 int8
  q6_k: (210 * 8) / 256, // block_q6_K: ql[128] + qh[64] + scales[16] + fp16 d
  q4_0: (18 * 8) / 32, // block_q4_0: fp16 d + 16 bytes of nibbles
  q5_k_m: (5.33 * GIB * 8) / 8.03e9, // Llama-3.1-8B Q5_K_M file: 5.33 GiB, 8.03 B params
  q4_k_m: (4.58 * GIB * 8) / 8.03e9, // Llama-3.1-8B Q4_K_M file: 4.58 GiB, 8.03 B params
};

describe("catalog ids", () => {
  for (const [kind, ids] of Object.entries(REQUIRED) as [CatalogKind, string[]][]) {
    it(`has every required ${kind} id`, () => {
      const present = new Set(catalogIds(kind));
      expect(ids.filter((id) => !present.has(id))).toEqual([]);
    });
  }

  it("suggests fp8 for a misspelt precision", () => {
    expect(nearestCatalogIds("precision", "fp9")).toContain("fp8");
  });
});

describe("sources", () => {
  it("every entry has at least one source", () => {
    expect(ALL_ENTRIES.filter((e) => e.sources.length < 1).map((e) => e.id)).toEqual([]);
  });
});

describe("model parameter counts", () => {
  for (const model of MODEL_LIST) {
    it(`${model.id}: computed total within 2% of the stated ${model.totalParamsB} B`, () => {
      const computed = computeParamCount(model);
      const adjust = TOTAL_EXCEPTIONS[model.id];
      const total = adjust ? adjust(model, computed.totalB) : computed.totalB;
      expect(Math.abs(total / model.totalParamsB - 1)).toBeLessThan(0.02);
      expect(computed.perLayerB).toHaveLength(model.layers);
      if (adjust) expect(model.notes).toMatch(/computeParamCount/);
    });

    if (model.moe) {
      it(`${model.id}: computed active within 2% of the stated ${model.activeParamsB} B`, () => {
        const computed = computeParamCount(model);
        const adjust = ACTIVE_EXCEPTIONS[model.id];
        const active = adjust ? adjust(model, computed.activeB) : computed.activeB;
        expect(Math.abs(active / model.activeParamsB - 1)).toBeLessThan(0.02);
        if (adjust) expect(model.notes).toMatch(/active count excludes the input-embedding table/);
      });
    } else {
      it(`${model.id}: dense, so active = total less any vision encoder`, () => {
        const visionB = model.visionParamsB ?? 0;
        expect(model.activeParamsB).toBeCloseTo(model.totalParamsB - visionB, 3);
        const computed = computeParamCount(model);
        expect(computed.activeB).toBeCloseTo(computed.totalB - visionB, 9);
      });
    }
  }

  it("counts DeepSeek-V3 exactly as llama.cpp does (671.03 B)", () => {
    expect(computeParamCount(getModel("deepseek-v3")!).totalB).toBeCloseTo(671.03, 2);
  });

  it("separates the embedding table and LM head", () => {
    const llama = computeParamCount(getModel("llama-3.1-8b")!);
    expect(llama.embeddingB).toBeCloseTo((2 * 128256 * 4096) / 1e9, 6);
    const e5 = computeParamCount(getModel("e5-mistral-7b-instruct")!);
    expect(e5.embeddingB).toBeCloseTo((32000 * 4096) / 1e9, 6);
  });

  it("counts Llama 4 Maverick's interleaved MoE: 24 dense + 24 MoE layers, one shared expert each", () => {
    const m = getModel("llama-4-maverick")!;
    const perLayer = computeParamCount(m).perLayerB;
    const attention = 2 * 5120 * 5120 + 2 * 5120 * 1024 + 2 * 5120;
    const dense = attention + 3 * 5120 * 16384;
    const moe = attention + (128 + 1) * 3 * 5120 * 8192 + 5120 * 128;
    expect(perLayer[0]! * 1e9).toBeCloseTo(dense, 0);
    expect(perLayer[1]! * 1e9).toBeCloseTo(moe, 0);
    expect(perLayer.filter((b) => Math.abs(b * 1e9 - moe) < 1).length).toBe(24);
  });

  it("keeps Gemma 3's vision encoder out of the active count", () => {
    const c = computeParamCount(getModel("gemma-3-27b")!);
    expect(c.totalB - c.activeB).toBeCloseTo(0.417, 6);
  });

  it("has consistent attention kinds", () => {
    for (const m of MODEL_LIST) {
      if (m.attention.kind === "mha") expect(m.kvHeads, m.id).toBe(m.heads);
      if (m.attention.kind === "gqa") expect(m.kvHeads, m.id).toBeLessThan(m.heads);
    }
  });
});

describe("KV cache bytes per token", () => {
  for (const [id, bytes] of Object.entries({ ...REFERENCE_KV_BYTES, ...HAND_KV_BYTES })) {
    it(`${id}: ${bytes} B/token at 16-bit`, () => {
      const model = getModel(id);
      expect(model).toBeDefined();
      expect(kvBytesPerToken16(model!)).toBe(bytes);
    });
  }
});

describe("hardware", () => {
  it("matches the calibration file's Apple bandwidths within 3%", () => {
    for (const [chip, cores, listed, ref] of CALIBRATION_APPLE_BW) {
      const hw = HARDWARE.find(
        (h) => h.family === "apple" && h.name.startsWith(`Apple ${chip} (`) && h.gpuCores === cores,
      );
      expect(hw, `${chip} ${cores}c (${ref})`).toBeDefined();
      expect(Math.abs(hw!.memoryBandwidthGBps / listed - 1), `${hw!.id} vs ${ref}`).toBeLessThan(0.03);
    }
  });

  it("gives every Apple entry memory options whose largest is memoryGb", () => {
    for (const hw of HARDWARE.filter((h) => h.family === "apple")) {
      expect(hw.memoryOptionsGb?.length, hw.id).toBeGreaterThan(0);
      expect(Math.max(...hw.memoryOptionsGb!), hw.id).toBe(hw.memoryGb);
    }
  });

  it("uses interconnect ids that exist", () => {
    expect(HARDWARE.filter((h) => !getInterconnect(h.intraNodeInterconnect)).map((h) => h.id)).toEqual([]);
  });

  it("keeps FP8/FP4 columns to the generations that have them", () => {
    const fp8 = HARDWARE.filter((h) => h.fp8Tflops !== undefined).map((h) => h.id);
    expect(fp8.sort()).toEqual([
      "b200",
      "gb10",
      "h100-nvl",
      "h100-pcie",
      "h100-sxm",
      "h200-sxm",
      "l4",
      "l40s",
    ]);
    expect(
      HARDWARE.filter((h) => h.fp4Tflops !== undefined)
        .map((h) => h.id)
        .sort(),
    ).toEqual(["b200", "gb10"]);
    expect(getHardware("t4")!.bf16Supported).toBe(false);
  });
});

describe("precisions", () => {
  for (const [id, bits] of Object.entries(EXPECTED_BITS)) {
    it(`${id}: ${bits.toFixed(4)} bits/weight`, () => {
      expect(getPrecision(id)!.bitsPerWeight).toBeCloseTo(bits, 2);
    });
  }

  it("lists only frameworks that exist", () => {
    const missing = PRECISION_LIST.flatMap((p) =>
      p.frameworks.filter((f) => !getFramework(f)).map((f) => `${p.id}:${f}`),
    );
    expect(missing).toEqual([]);
  });

  it("gives KV bytes to every KV-capable precision", () => {
    for (const p of PRECISION_LIST) {
      if (p.usableAsKvCache) expect(p.kvBytesPerElement, p.id).toBeGreaterThan(0);
      else expect(p.kvBytesPerElement, p.id).toBeUndefined();
    }
  });
});

describe("products", () => {
  it("point at hardware that exists, with an Apple memory size the chip ships with", () => {
    for (const p of PRODUCT_LIST) {
      if (p.kind === "cpu-server") {
        expect(p.hardwareId, p.id).toBeUndefined();
        continue;
      }
      const hw = getHardware(p.hardwareId ?? "");
      expect(hw, p.id).toBeDefined();
      if (hw!.family === "apple") {
        expect(p.memoryGbPerDevice, p.id).toBeDefined();
        expect(hw!.memoryOptionsGb, p.id).toContain(p.memoryGbPerDevice);
      }
    }
  });
});
