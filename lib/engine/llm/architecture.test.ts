import { describe, expect, it } from "vitest";
import { getModel } from "../../catalog";
import {
  attentionFlopsPerToken,
  kvBytesForContext,
  kvBytesPerToken,
  paramSplit,
  touchedExpertShare,
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
});
