import {
  MODEL_TYPE_DEFAULTS,
  hfConfigSchema,
  hfImportOptionsSchema,
  type HfConfig,
  type HfImportOptions,
  type HfTextConfig,
} from "./hf-config-schema";
import { computeParamCount } from "./model-params";
import { customModelSchema, type CustomModel, type Moe, type SlidingWindow } from "./model-schema";

/** One problem with a config.json: the JSON path of the field and what to do about it. */
export interface HfConfigIssue {
  path: string;
  message: string;
}

export type HfConfigResult =
  { ok: true; model: CustomModel; assumptions: string[] } | { ok: false; issues: HfConfigIssue[] };

/** Collects issues and assumptions while one config is read; `where` prefixes paths under text_config. */
class Reader {
  readonly issues: HfConfigIssue[] = [];
  readonly assumptions: string[] = [];
  constructor(
    readonly text: HfTextConfig,
    readonly where: string,
    defaulted: string[],
  ) {
    for (const field of defaulted)
      this.assumptions.push(
        `${this.path(field)} absent: ${JSON.stringify(text[field as keyof HfTextConfig])}, the ${text.model_type} default`,
      );
  }

  path(field: string): string {
    return `${this.where}${field}`;
  }

  fail(field: string, message: string): void {
    this.issues.push({ path: this.path(field), message: `${this.path(field)}: ${message}` });
  }

  /** A field the model cannot be sized without. */
  need<K extends keyof HfTextConfig>(field: K, what: string): NonNullable<HfTextConfig[K]> | undefined {
    const v = this.text[field];
    if (v === undefined || v === null) {
      this.fail(String(field), `missing — ${what}; copy it from the model's config.json`);
      return undefined;
    }
    return v as NonNullable<HfTextConfig[K]>;
  }
}

/** The text model's fields: `text_config` when present (multimodal checkpoints), else the top level. */
function textFields(config: HfConfig): { text: HfTextConfig; where: string; defaulted: string[] } {
  const nested = config.text_config;
  const raw: HfTextConfig = nested ? { ...nested } : config;
  const type = raw.model_type ?? (nested ? undefined : config.model_type);
  const defaults = (type && MODEL_TYPE_DEFAULTS[type]) || {};
  const defaulted = Object.keys(defaults).filter((k) => raw[k as keyof HfTextConfig] === undefined);
  return { text: { ...defaults, ...raw }, where: nested ? "text_config." : "", defaulted };
}

type Attention = Pick<CustomModel, "attention" | "heads" | "kvHeads" | "headDim">;

/** MLA (kv_lora_rank present) or MHA/GQA, with the per-head widths. */
function readAttention(r: Reader, heads: number, hidden: number): Attention | undefined {
  const t = r.text;
  if (t.kv_lora_rank) {
    const rope = r.need("qk_rope_head_dim", "MLA models need the RoPE key width");
    const nope = r.need("qk_nope_head_dim", "MLA models need the key width without RoPE");
    const v = r.need("v_head_dim", "MLA models need the value width per head");
    if (!rope || !nope || !v) return undefined;
    const attention = {
      kind: "mla" as const,
      kvLoraRank: t.kv_lora_rank,
      ...(t.q_lora_rank ? { qLoraRank: t.q_lora_rank } : {}),
      qkNopeHeadDim: nope,
      qkRopeHeadDim: rope,
      vHeadDim: v,
    };
    return { attention, heads, kvHeads: heads, headDim: nope + rope };
  }
  const kvHeads = t.num_key_value_heads ?? heads;
  if (t.num_key_value_heads == null)
    r.assumptions.push(`${r.path("num_key_value_heads")} absent: one KV head per query head (MHA)`);
  if (heads % kvHeads !== 0) {
    r.fail("num_key_value_heads", `${kvHeads} does not divide num_attention_heads ${heads}: check both`);
    return undefined;
  }
  let headDim = t.head_dim ?? undefined;
  if (!headDim) {
    if (hidden % heads !== 0) {
      r.fail(
        "head_dim",
        `missing and hidden_size ${hidden} is not a multiple of ${heads} heads: add head_dim`,
      );
      return undefined;
    }
    headDim = hidden / heads;
  }
  return { attention: { kind: kvHeads === heads ? "mha" : "gqa" }, heads, kvHeads, headDim };
}

/** Dense layers of a Qwen MoE (`mlp_only_layers`): only a leading run 0..k−1 can be represented. */
function leadingDenseLayers(r: Reader): number | undefined {
  const t = r.text;
  if (t.first_k_dense_replace !== undefined) return t.first_k_dense_replace;
  const only = [...(t.mlp_only_layers ?? [])].sort((a, b) => a - b);
  if (only.some((layer, i) => layer !== i)) {
    r.fail(
      "mlp_only_layers",
      `[${only.join(", ")}] is not a leading run of layers 0…k−1: enter this model's layers by hand`,
    );
    return undefined;
  }
  return only.length;
}

/** The MoE block (routed experts, top-k, shared experts, which layers) or undefined for a dense model. */
function readMoe(r: Reader, intermediate: number): { moe?: Moe; denseWidth: number } | undefined {
  const t = r.text;
  const experts = t.num_local_experts ?? t.n_routed_experts ?? t.num_experts ?? 0;
  if (experts === 0) return { denseWidth: intermediate };
  const topK = t.num_experts_per_tok ?? t.experts_per_token;
  if (!topK) {
    r.fail("num_experts_per_tok", "missing — MoE models need the number of experts each token visits");
    return undefined;
  }
  if (topK > experts) {
    r.fail("num_experts_per_tok", `${topK} exceeds the ${experts} routed experts: check both`);
    return undefined;
  }
  const llama4 = t.model_type === "llama4_text";
  const expertWidth = t.moe_intermediate_size ?? intermediate;
  const sharedWidth = t.shared_expert_intermediate_size;
  const sharedExperts = llama4 ? 1 : (t.n_shared_experts ?? (sharedWidth ? 1 : 0));
  const denseLayers = leadingDenseLayers(r);
  if (denseLayers === undefined) return undefined;
  const moe: Moe = {
    experts,
    expertsPerToken: topK,
    sharedExperts,
    expertIntermediateSize: expertWidth,
    ...(sharedWidth && sharedWidth !== expertWidth ? { sharedExpertIntermediateSize: sharedWidth } : {}),
    denseLayers,
    layerStep: t.interleave_moe_layer_step ?? t.decoder_sparse_step ?? t.moe_layer_freq ?? 1,
  };
  // Llama 4 keeps intermediate_size for the experts and intermediate_size_mlp for its dense layers.
  return { moe, denseWidth: llama4 ? (t.intermediate_size_mlp ?? intermediate) : intermediate };
}

/** The smallest N such that exactly the layers with (i + 1) % N == 0 are global, if the layer list has one. */
function globalPeriod(windowed: boolean[]): number | undefined {
  for (let n = 2; n <= windowed.length; n++)
    if (windowed.every((w, i) => w === ((i + 1) % n !== 0))) return n;
  return undefined;
}

/** A per-layer windowed/global list → the schema's pattern (globalEvery) or share. */
function windowFromLayers(tokens: number, windowed: boolean[], kind: SlidingWindow["kind"]): SlidingWindow {
  const period = globalPeriod(windowed);
  if (period) return { tokens, globalEvery: period, kind };
  return { tokens, layerShare: windowed.filter(Boolean).length / windowed.length, kind };
}

/**
 * Windowed attention: Llama 4 chunks (attention_chunk_size, no_rope_layers, every 4th layer global by default),
 * an explicit layer_types list, Gemma's sliding_window_pattern, or a sliding_window on every layer (Mistral 7B).
 * use_sliding_window false (Qwen2/Qwen3) disables the window.
 */
function readWindow(r: Reader, layers: number): SlidingWindow | undefined {
  const t = r.text;
  if (t.model_type === "llama4_text" && t.attention_chunk_size) {
    const flags = t.no_rope_layers ?? Array.from({ length: layers }, (_, i) => ((i + 1) % 4 !== 0 ? 1 : 0));
    return windowFromLayers(t.attention_chunk_size, flags.map(Boolean), "chunked");
  }
  if (t.layer_types) {
    if (t.layer_types.length !== layers) {
      r.fail("layer_types", `lists ${t.layer_types.length} layers but num_hidden_layers is ${layers}`);
      return undefined;
    }
    const windowed = t.layer_types.map((x) => x !== "full_attention");
    if (!windowed.some(Boolean)) return undefined;
    const size = t.layer_types.includes("chunked_attention") ? t.attention_chunk_size : t.sliding_window;
    if (!size) {
      r.fail("sliding_window", "missing — layer_types has windowed layers but no window length");
      return undefined;
    }
    return windowFromLayers(
      size,
      windowed,
      t.layer_types.includes("chunked_attention") ? "chunked" : "sliding",
    );
  }
  if (!t.sliding_window || t.use_sliding_window === false) return undefined;
  if (t.sliding_window >= (t.max_position_embeddings ?? Infinity)) return undefined;
  if (t.sliding_window_pattern && t.sliding_window_pattern > 1)
    return { tokens: t.sliding_window, globalEvery: t.sliding_window_pattern, kind: "sliding" };
  r.assumptions.push(
    `${r.path("sliding_window")} ${t.sliding_window} applies to every layer (no per-layer pattern)`,
  );
  return { tokens: t.sliding_window, layerShare: 1, kind: "sliding" };
}

/**
 * Vision encoder of a multimodal checkpoint, estimated from vision_config as a ViT: layers × (4·d² attention +
 * 2·d·ffn MLP) + a d × text-width projector. Biases, patch/position embeddings and adapters are left out (Gemma 3
 * 27B: 0.417 B, as its report states; Llama 4: 0.82 B vs 0.87 B derived layer by layer, without its pixel-shuffle MLP).
 */
function visionParamsB(config: HfConfig, textHidden: number, r: Reader): number | undefined {
  const v = config.vision_config;
  if (!config.text_config || !v?.hidden_size || !v.intermediate_size || !v.num_hidden_layers)
    return undefined;
  const d = v.hidden_size;
  const params = v.num_hidden_layers * (4 * d * d + 2 * d * v.intermediate_size) + d * textHidden;
  r.assumptions.push(
    `vision encoder estimated from vision_config at ${(params / 1e9).toFixed(3)} B (ViT layers + projector)`,
  );
  return params / 1e9;
}

const DTYPES: Record<string, string> = { bfloat16: "bf16", float16: "fp16", float32: "fp32" };

/** Published precision: the quantisation method when it names one we know, else the weight dtype. */
function nativePrecision(config: HfConfig, text: HfTextConfig, r: Reader): string {
  const method = (config.quantization_config ?? text.quantization_config)?.quant_method;
  if (method === "fp8" || method === "mxfp4") return method;
  const dtype = config.torch_dtype ?? config.dtype ?? text.torch_dtype ?? text.dtype;
  if (method)
    r.assumptions.push(
      `quantization_config.quant_method "${method}" not mapped: weights taken as ${dtype ?? "bf16"}`,
    );
  return (dtype && DTYPES[dtype]) || "bf16";
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[^a-z0-9]+/, "") || "custom"
  );
}

/** The architecture fields every model needs; undefined (with issues) when any is missing. */
function readCore(r: Reader) {
  const layers = r.need("num_hidden_layers", "the number of transformer layers");
  const hidden = r.need("hidden_size", "the model width");
  const heads = r.need("num_attention_heads", "the query heads per layer");
  const intermediate = r.need("intermediate_size", "the MLP width");
  const vocab = r.need("vocab_size", "the vocabulary size");
  const context = r.need("max_position_embeddings", "the longest context in tokens");
  if (!layers || !hidden || !heads || !intermediate || !vocab || !context) return undefined;
  return { layers, hidden, heads, intermediate, vocab, context };
}

/** Turns the validated config into a catalog model; issues and assumptions land on the reader. */
function buildModel(config: HfConfig, r: Reader, opts: ReturnType<typeof hfImportOptionsSchema.parse>) {
  const core = readCore(r);
  if (!core) return undefined;
  const attention = readAttention(r, core.heads, core.hidden);
  const moe = readMoe(r, core.intermediate);
  const window = readWindow(r, core.layers);
  if (!attention || !moe || r.issues.length) return undefined;
  const t = r.text;
  if (t.tie_word_embeddings === undefined)
    r.assumptions.push(
      `${r.path("tie_word_embeddings")} absent: untied (the default of most decoder configs)`,
    );
  const vision = visionParamsB(config, core.hidden, r);
  const name = opts.name ?? opts.repo ?? t.architectures?.[0] ?? config.architectures?.[0] ?? t.model_type;
  const draft = {
    id: opts.id ?? slug(opts.repo?.split("/").pop() ?? name ?? "custom"),
    name: name ?? "Custom model",
    family: t.model_type ?? config.model_type ?? "custom",
    kind: opts.kind,
    layers: core.layers,
    hiddenSize: core.hidden,
    ...attention,
    intermediateSize: moe.denseWidth,
    vocabSize: core.vocab,
    tiedEmbeddings: t.tie_word_embeddings ?? false,
    qkvBias: t.attention_bias ?? t.model_type === "qwen2",
    ...(window ? { slidingWindow: window } : {}),
    ...(moe.moe ? { moe: moe.moe } : {}),
    ...(vision ? { visionParamsB: vision } : {}),
    maxContextTokens: core.context,
    nativePrecision: nativePrecision(config, t, r),
    totalParamsB: 1,
    activeParamsB: 1,
    sources: [
      {
        kind: "config" as const,
        title: opts.repo ? `${opts.repo} config.json` : "Imported config.json",
        ...(opts.repo ? { url: `https://huggingface.co/${opts.repo}/blob/main/config.json` } : {}),
      },
    ],
  };
  const counts = computeParamCount(customModelSchema.parse(draft));
  const round = (b: number) => Math.round(b * 1e4) / 1e4;
  return customModelSchema.parse({
    ...draft,
    totalParamsB: round(counts.totalB),
    activeParamsB: round(counts.activeB),
  });
}

/**
 * Reads a Hugging Face config.json (an object, or its text) into a catalog model that the estimate request, the
 * plan's serving node and the API accept as a custom model. Parameter counts are computed from the architecture
 * (computeParamCount). Fields the config omits but its transformers class defaults (Gemma 3) are filled in and
 * listed in `assumptions`; missing or invalid fields come back as issues naming the JSON path and the fix.
 */
export function parseHfConfig(input: unknown, options: HfImportOptions = {}): HfConfigResult {
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (e) {
      const message = `config.json is not valid JSON (${(e as Error).message}): paste the file's whole content`;
      return { ok: false, issues: [{ path: "", message }] };
    }
  }
  const opts = hfImportOptionsSchema.safeParse(options);
  const parsed = hfConfigSchema.safeParse(json);
  if (!parsed.success || !opts.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(opts.error?.issues ?? [])].map((i) => {
      const path = i.path.join(".");
      return { path, message: `${path || "config.json"}: ${i.message}` };
    });
    return { ok: false, issues };
  }
  const { text, where, defaulted } = textFields(parsed.data);
  const reader = new Reader(text, where, defaulted);
  const model = buildModel(parsed.data, reader, opts.data);
  if (!model) return { ok: false, issues: reader.issues };
  return { ok: true, model, assumptions: reader.assumptions };
}
