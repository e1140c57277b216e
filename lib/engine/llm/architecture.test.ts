import { describe, expect, it } from "vitest";
import { getModel } from "../../catalog";
import {
  attentionFlopsPerToken,
  kvBytesForContext,
  kvBytesPerToken,
  paramSplit,
  touchedExpertShare,
  windowedLayerShare,
} from "./architecture";

const model = (id: string) => {
  const m = getModel(id);
  if (!m) throw new Error(id);
  return m;
};

describe("transformer arithmetic (hand-computed)", () => {
  it("splits Llama 3.1 70B: untied 128,256 × 8,192 embedding and head = 2.101 B", () => {
    const s = paramSplit(model("llama-3.1-70b"));
    expect(s.embedding).toBe(2 * 128_256 * 8192);
    expect(s.lmHead).toBe(128_256 * 8192);
    expect(s.routedTotal).toBe(0);
    expect(s.dense + s.embedding).toBeCloseTo(70.55e9, -6);
  });

  it("computes Mixtral 8x22B's routed experts from its config: 56 layers × 8 × 3 × 6,144 × 16,384", () => {
    const s = paramSplit(model("mixtral-8x22b"));
    expect(s.routedTotal).toBe(56 * 8 * 3 * 6144 * 16_384);
    expect(s.routedActive).toBe(56 * 2 * 3 * 6144 * 16_384);
    // dense + 2 experts + head ≈ the 39 B active the authors state
    expect((s.dense + s.routedActive + s.embedding) / 1e9).toBeGreaterThan(38);
    expect((s.dense + s.routedActive + s.embedding) / 1e9).toBeLessThan(40.5);
  });

  it("KV cache per token: Llama 70B 2×80×8×128×2 B = 327,680 B; DeepSeek V3 MLA 61×(512+64)×2 B = 70,272 B", () => {
    expect(kvBytesPerToken(model("llama-3.3-70b"), 2)).toBe(327_680);
    expect(kvBytesPerToken(model("deepseek-v3"), 2)).toBe(70_272);
    expect(kvBytesPerToken(model("llama-3.1-8b"), 1)).toBe(65_536);
    expect(kvBytesPerToken(model("e5-mistral-7b-instruct"), 2)).toBe(0);
  });

  it("caps sliding-window layers at their window (gpt-oss: half the layers see 128 tokens)", () => {
    const m = model("gpt-oss-120b");
    const perToken = kvBytesPerToken(m, 2);
    expect(kvBytesForContext(m, 2, 100)).toBeCloseTo(perToken * 100);
    expect(kvBytesForContext(m, 2, 10_000)).toBeCloseTo(perToken * (0.5 * 10_000 + 0.5 * 128));
  });

  it("one token touches k/E of the experts, a large batch all of them", () => {
    const s = paramSplit(model("deepseek-v3"));
    expect(touchedExpertShare(s, 1)).toBeCloseTo(8 / 256);
    expect(touchedExpertShare(s, 2)).toBeCloseTo(1 - (1 - 8 / 256) ** 2);
    expect(touchedExpertShare(s, 10_000)).toBeCloseTo(1);
    expect(touchedExpertShare(paramSplit(model("llama-2-7b")), 5)).toBe(0);
  });

  it("attention FLOPs per token: 2 × layers × heads × (qk + v width) × context", () => {
    expect(attentionFlopsPerToken(model("llama-2-7b"), 1000)).toBe(2 * 32 * 32 * 256 * 1000);
  });

  it("Gemma 3 27B: 52 of 62 layers hold at most 1,024 tokens (every 6th layer is global)", () => {
    const m = model("gemma-3-27b");
    expect(windowedLayerShare(m)).toBeCloseTo(52 / 62);
    const perLayerToken = 2 * 16 * 128 * 2; // K and V × 16 KV heads × 128 × BF16
    // 10 global layers keep all 32,000 tokens, 52 windowed layers keep 1,024.
    expect(kvBytesForContext(m, 2, 32_000)).toBeCloseTo(perLayerToken * (10 * 32_000 + 52 * 1024), 0);
    expect(kvBytesForContext(m, 2, 800)).toBeCloseTo(perLayerToken * 62 * 800, 0);
  });

  it("Llama 4 Scout: 36 chunked layers hold one 8,192-token chunk, 12 global layers everything", () => {
    const m = model("llama-4-scout");
    const perLayerToken = 2 * 8 * 128 * 2;
    expect(kvBytesForContext(m, 2, 100_000)).toBeCloseTo(perLayerToken * (12 * 100_000 + 36 * 8192), 0);
  });

  it("Llama 4 Maverick: 24 MoE layers of 128 experts; the shared expert and vision encoder stay out of routed", () => {
    const s = paramSplit(model("llama-4-maverick"));
    expect(s.moeLayers).toBe(24);
    expect(s.routedTotal).toBe(24 * 128 * 3 * 5120 * 8192);
    expect(s.routedActive).toBe(24 * 1 * 3 * 5120 * 8192);
    expect(s.vision).toBeCloseTo(0.872e9, -3);
    expect(s.dense).toBeCloseTo(400e9 - s.embedding - s.routedTotal - s.vision, -3);
  });
});
