import { describe, expect, it } from "vitest";
import { workloadSchema } from "../../plan/workload-schema";
import { chunksPerDocument, demandAt, embeddedTokensPerDocument, usersAt } from "./workload";

const w = workloadSchema.parse({ users: 1000 });

describe("workload → demand (hand-computed)", () => {
  it("peak: 1,000 users × 20% active × 0.5 requests/min = 1.667 requests/s; × 3,000 prompt and 400 output tokens", () => {
    const d = demandAt(w);
    expect(d.peakActiveUsers).toBe(200);
    expect(d.peakRequestsPerSecond).toBeCloseTo(100 / 60, 9);
    expect(d.peakPromptTokensPerSecond).toBeCloseTo(5000, 6);
    expect(d.peakOutputTokensPerSecond).toBeCloseTo(666.667, 2);
    expect(d.peakQueryEmbeddingTokensPerSecond).toBeCloseTo((100 / 60) * 64, 6);
  });

  it("monthly volumes hold the peak rate 8 h a day on 21 days: 1.667 × 3,600 × 8 × 21 = 1,008,000 requests", () => {
    const d = demandAt(w);
    expect(d.monthlyRequests).toBeCloseTo(1_008_000, 3);
    expect(d.monthlyOutputTokens).toBeCloseTo(403_200_000, 0);
  });

  it("chunks: 10,000 tokens in 512-token windows overlapping 64 → ceil(9,936 / 448) = 23; embedded tokens add the overlaps", () => {
    expect(chunksPerDocument(w)).toBe(23);
    expect(embeddedTokensPerDocument(w)).toBe(10_000 + 22 * 64);
    expect(chunksPerDocument({ ...w, pagesPerDocument: 1, tokensPerPage: 100 })).toBe(1);
    expect(chunksPerDocument({ ...w, pagesPerDocument: 0 })).toBe(0);
  });

  it("ingestion: the corpus re-indexed once a year plus 20% growth, averaged over the year", () => {
    const d = demandAt(w);
    const corpus = 1000 * 500 * (10_000 + 22 * 64);
    expect(d.initialIngestionTokens).toBe(corpus);
    expect(d.ingestionEmbeddingTokensPerSecond).toBeCloseTo((corpus * 1.2) / (365.25 * 24 * 3600), 6);
  });

  it("users grow by compounding: 1,000 × 1.2^(24/12) = 1,440 after two years", () => {
    expect(usersAt(w, 24)).toBeCloseTo(1440, 9);
    expect(usersAt(w, 0)).toBe(1000);
  });
});
