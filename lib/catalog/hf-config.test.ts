import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kvBytesPerToken, windowedLayerShare } from "../engine/llm/architecture";
import { parseHfConfig } from "./hf-config";
import { getModel } from "./index";
import { computeParamCount } from "./model-params";

const fixture = (repo: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, "fixtures/hf-configs", `${repo.replace("/", "--")}.json`), "utf8"));

function imported(repo: string) {
  const r = parseHfConfig(fixture(repo), { repo });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r;
}

/** Real configs and the catalog entry whose architecture they must reproduce. */
const CASES: [repo: string, catalogId: string][] = [
  ["meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama-4-scout"],
  ["meta-llama/Llama-4-Maverick-17B-128E-Instruct", "llama-4-maverick"],
  ["Qwen/Qwen3-0.6B", "qwen3-0.6b"],
  ["Qwen/Qwen3-30B-A3B", "qwen3-30b-a3b"],
  ["deepseek-ai/DeepSeek-V3", "deepseek-v3"],
  ["google/gemma-3-27b-it", "gemma-3-27b"],
  ["openai/gpt-oss-120b", "gpt-oss-120b"],
  ["mistralai/Mixtral-8x7B-v0.1", "mixtral-8x7b"],
  ["mistralai/Mistral-7B-v0.1", "mistral-7b"],
];

describe("importing a Hugging Face config.json", () => {
  for (const [repo, id] of CASES) {
    it(`${repo} gives the architecture of catalog ${id}`, () => {
      const { model } = imported(repo);
      const ref = getModel(id)!;
      for (const k of [
        "layers",
        "hiddenSize",
        "heads",
        "kvHeads",
        "headDim",
        "vocabSize",
        "tiedEmbeddings",
      ] as const)
        expect(model[k], k).toBe(ref[k]);
      expect(model.intermediateSize).toBe(ref.intermediateSize);
      expect(model.attention).toEqual(ref.attention);
      expect(model.moe).toEqual(ref.moe);
      expect(kvBytesPerToken(model, 2)).toBe(kvBytesPerToken(ref, 2));
      expect(windowedLayerShare(model)).toBeCloseTo(windowedLayerShare(ref), 9);
      expect(model.nativePrecision).toBe(ref.nativePrecision);
      expect(model.sources[0]!.url).toBe(`https://huggingface.co/${repo}/blob/main/config.json`);
    });

    it(`${repo}: computed counts within 2% of the stated total and active parameters`, () => {
      const { model } = imported(repo);
      const ref = getModel(id)!;
      expect(Math.abs(model.totalParamsB / ref.totalParamsB - 1)).toBeLessThan(0.02);
      // gpt-oss: OpenAI's active count leaves out the input-embedding table (see the catalog notes).
      const embeddingB = id.startsWith("gpt-oss") ? (ref.vocabSize * ref.hiddenSize) / 1e9 : 0;
      expect(Math.abs((model.activeParamsB - embeddingB) / ref.activeParamsB - 1)).toBeLessThan(0.02);
      expect(model.totalParamsB).toBeCloseTo(computeParamCount(model).totalB, 3);
    });
  }

  it("fills Gemma 3's omitted text_config fields from Gemma3TextConfig and says so", () => {
    const r = imported("google/gemma-3-27b-it");
    expect(r.model.vocabSize).toBe(262208);
    expect(r.model.slidingWindow).toEqual({ tokens: 1024, globalEvery: 6, kind: "sliding" });
    expect(r.assumptions.join("\n")).toMatch(
      /text_config\.vocab_size absent: 262208, the gemma3_text default/,
    );
    expect(r.assumptions.join("\n")).toMatch(/vision encoder estimated/);
    expect(r.model.visionParamsB).toBeCloseTo(0.417, 3); // the Gemma 3 report: 417 M
  });

  it("reads Llama 4's chunked attention: every 4th layer global, 8,192-token chunks", () => {
    const { model } = imported("meta-llama/Llama-4-Maverick-17B-128E-Instruct");
    expect(model.slidingWindow).toEqual({ tokens: 8192, globalEvery: 4, kind: "chunked" });
    expect(model.moe?.layerStep).toBe(2);
    expect(model.intermediateSize).toBe(16384);
  });

  it("accepts the file's text and keeps a flat config's own top-level fields", () => {
    const text = readFileSync(join(__dirname, "fixtures/hf-configs/Qwen--Qwen3-0.6B.json"), "utf8");
    const r = parseHfConfig(text, { name: "My Qwen" });
    expect(r.ok && r.model.name).toBe("My Qwen");
    expect(r.ok && r.model.id).toBe("my-qwen");
    expect(r.ok && r.model.slidingWindow).toBeUndefined();
  });
});

describe("config.json errors name the field and the fix", () => {
  const base = () => fixture("Qwen/Qwen3-0.6B");
  const issues = (input: unknown) => {
    const r = parseHfConfig(input);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.issues;
  };

  it("a missing layer count", () => {
    const c = base();
    delete c.num_hidden_layers;
    expect(issues(c)).toEqual([
      {
        path: "num_hidden_layers",
        message:
          "num_hidden_layers: missing — the number of transformer layers; copy it from the model's config.json",
      },
    ]);
  });

  it("a number written as a string, under text_config", () => {
    const c = fixture("google/gemma-3-27b-it") as { text_config: Record<string, unknown> };
    c.text_config.hidden_size = "5376";
    const [issue] = issues(c);
    expect(issue!.path).toBe("text_config.hidden_size");
    expect(issue!.message).toMatch(/^text_config\.hidden_size: expected a whole number \(model width\)/);
  });

  it("KV heads that do not divide the query heads", () => {
    expect(issues({ ...base(), num_key_value_heads: 3 })[0]!.message).toBe(
      "num_key_value_heads: 3 does not divide num_attention_heads 16: check both",
    );
  });

  it("more experts per token than experts", () => {
    const c = { ...fixture("Qwen/Qwen3-30B-A3B"), num_experts_per_tok: 200 };
    expect(issues(c)[0]!.path).toBe("num_experts_per_tok");
  });

  it("an MoE without top-k, an MLA model without its value width", () => {
    const moe = fixture("mistralai/Mixtral-8x7B-v0.1");
    delete moe.num_experts_per_tok;
    expect(issues(moe)[0]!.message).toMatch(/num_experts_per_tok: missing/);
    const mla = fixture("deepseek-ai/DeepSeek-V3");
    delete mla.v_head_dim;
    expect(issues(mla)[0]!.message).toMatch(/^v_head_dim: missing — MLA models need the value width/);
  });

  it("a layer_types list of the wrong length and dense layers that are not a leading run", () => {
    const oss = { ...fixture("openai/gpt-oss-120b"), num_hidden_layers: 24 };
    expect(issues(oss)[0]!.message).toBe("layer_types: lists 36 layers but num_hidden_layers is 24");
    const qwen = { ...fixture("Qwen/Qwen3-30B-A3B"), mlp_only_layers: [0, 5] };
    expect(issues(qwen)[0]!.path).toBe("mlp_only_layers");
  });

  it("text that is not JSON, and a head width that cannot be derived", () => {
    expect(issues("{ not json")[0]!.message).toMatch(/^config\.json is not valid JSON/);
    const c = {
      ...base(),
      head_dim: null,
      hidden_size: 1000,
      num_attention_heads: 16,
      num_key_value_heads: 8,
    };
    expect(issues(c)[0]!.message).toMatch(
      /^head_dim: missing and hidden_size 1000 is not a multiple of 16 heads/,
    );
  });
});
