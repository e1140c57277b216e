import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LLM_SERVING } from "./serving";
import { defaultModelName, importHfModel } from "./byo-model";

const qwen = readFileSync(join(__dirname, "../../catalog/fixtures/hf-configs/Qwen--Qwen3-0.6B.json"), "utf8");

describe("importHfModel", () => {
  it("puts a valid config.json on the node as its custom model, the rest of the serving kept", () => {
    const r = importHfModel(DEFAULT_LLM_SERVING, qwen, "llm", "  My Qwen ");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.serving).toEqual({ ...DEFAULT_LLM_SERVING, model: r.model });
    expect(r.model).toMatchObject({
      name: "My Qwen",
      id: "my-qwen",
      kind: "llm",
      layers: 28,
      hiddenSize: 1024,
    });
    expect(r.model.kvHeads).toBe(8);
    expect(r.changes).toEqual([]);
  });

  it("a model published in MXFP4 (gpt-oss) is served as published: the precision follows, and says so", () => {
    const gptOss = readFileSync(
      join(__dirname, "../../catalog/fixtures/hf-configs/openai--gpt-oss-120b.json"),
      "utf8",
    );
    const r = importHfModel(DEFAULT_LLM_SERVING, gptOss, "llm", "gpt-oss");
    expect(r.ok && r.serving.precision).toBe("mxfp4");
    expect(r.ok && r.changes.map((c) => c.field)).toEqual(["precision"]);
  });

  it("an embeddings node gets an embedding model", () => {
    const r = importHfModel(DEFAULT_LLM_SERVING, qwen, "embeddings");
    expect(r.ok && r.model.kind).toBe("embedding");
  });

  it("invalid JSON: the parse error, nothing else", () => {
    const r = importHfModel(DEFAULT_LLM_SERVING, "{ not json", "llm", "x");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /^config\.json is not valid JSON \(.+\): paste the file's whole content$/,
    );
  });

  it("a missing field is named with its fix", () => {
    const config = JSON.parse(qwen) as Record<string, unknown>;
    delete config.hidden_size;
    const r = importHfModel(DEFAULT_LLM_SERVING, JSON.stringify(config), "llm", "x");
    expect(r).toEqual({
      ok: false,
      message: "hidden_size: missing — the model width; copy it from the model's config.json",
    });
  });

  it("a wrongly typed field is named by its path", () => {
    const config = { ...(JSON.parse(qwen) as Record<string, unknown>), num_hidden_layers: "28" };
    const r = importHfModel(DEFAULT_LLM_SERVING, JSON.stringify(config), "llm");
    expect(!r.ok && r.message).toMatch(/^num_hidden_layers: /);
  });
});

describe("defaultModelName", () => {
  it("prefers _name_or_path, then model_type, else empty", () => {
    expect(defaultModelName(JSON.stringify({ _name_or_path: "org/Model-7B", model_type: "llama" }))).toBe(
      "org/Model-7B",
    );
    expect(defaultModelName(qwen)).toBe("qwen3");
    expect(defaultModelName("[1]")).toBe("");
    expect(defaultModelName("nope")).toBe("");
  });
});
