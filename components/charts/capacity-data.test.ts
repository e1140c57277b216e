import { describe, expect, it } from "vitest";
import { capacityGroups, capacitySummary, formatCapacity, formatUtilisation } from "./capacity-data";
import { emptyReport, referenceMacReport, templateReport } from "./test-reports";

describe("capacityGroups", () => {
  it("enterprise: LLM on output tok/s, embeddings on input tok/s, both within capacity", () => {
    const report = templateReport("enterprise");
    const { llm, embeddings } = capacityGroups(report);
    const src = report.serving;
    expect(llm).toHaveLength(1);
    expect(embeddings).toHaveLength(1);
    // Peak demand by hand: 3,000 users × 20% active × 0.5 req/min ÷ 60 = 5 req/s; × 400 output tokens = 2,000 tok/s.
    expect(llm[0]).toMatchObject({
      nodeId: "llm",
      metric: "output",
      mode: "self-hosted",
      demandTokensPerSecond: 2000,
      capacityTokensPerSecond: src.find((s) => s.nodeId === "llm")!.capacityOutputTokensPerSecond,
      overloaded: false,
      marker: "",
    });
    expect(llm[0]!.capacityTokensPerSecond).toBeGreaterThan(2000);
    expect(llm[0]!.utilisation).toBeCloseTo(2000 / llm[0]!.capacityTokensPerSecond!, 3);
    // Embeddings: 5 req/s × 64 query tokens = 320 tok/s + the sustained ingestion rate.
    expect(embeddings[0]).toMatchObject({
      nodeId: "embeddings",
      metric: "input",
      capacityTokensPerSecond: src.find((s) => s.nodeId === "embeddings")!.capacityInputTokensPerSecond,
      overloaded: false,
    });
    expect(embeddings[0]!.demandTokensPerSecond).toBeCloseTo(
      320 + report.demand.ingestionEmbeddingTokensPerSecond,
      1,
    );
    expect(capacitySummary({ llm, embeddings })).toBe("2 serving nodes; all within capacity at peak.");
  });

  it("mac-cluster: a 70B on two Macs that cannot meet the SLOs has no capacity and is marked", () => {
    const { llm, embeddings } = capacityGroups(referenceMacReport());
    // 300 users × 20% × 0.5/60 = 0.5 req/s × 400 = 200 output tok/s.
    expect(llm[0]).toMatchObject({
      demandTokensPerSecond: 200,
      capacityTokensPerSecond: 0,
      utilisation: null,
      overloaded: true,
      meetsSlo: false,
      marker: "▲ no SLO capacity",
    });
    expect(formatUtilisation(llm[0]!)).toBe("— (no capacity at SLO)");
    expect(embeddings[0]).toMatchObject({ metric: "input", overloaded: false });
    expect(capacitySummary({ llm, embeddings })).toMatch(/1 over capacity at peak \(Llama 3\.3 70B Q4/);
  });

  it("marks demand above capacity with the utilisation", () => {
    // Ten times the enterprise users: 20,000 output tok/s on the same six replicas.
    const report = templateReport("enterprise", (p) => {
      p.workload.users = 30_000;
    });
    const row = capacityGroups(report).llm[0]!;
    expect(row.demandTokensPerSecond).toBe(20000);
    expect(row.overloaded).toBe(true);
    expect(row.utilisation).toBeGreaterThan(1);
    expect(row.marker).toMatch(/^▲ \d+% of capacity$/);
    expect(row.marker).toBe(`▲ ${Math.round((20000 / row.capacityTokensPerSecond!) * 100)}% of capacity`);
  });

  it("cloud nodes are elastic: no capacity bar, never overloaded", () => {
    const { llm, embeddings } = capacityGroups(templateReport("cloud-llm"));
    for (const row of [...llm, ...embeddings]) {
      expect(row.mode).toBe("cloud");
      expect(row.capacityTokensPerSecond).toBeNull();
      expect(row.utilisation).toBeNull();
      expect(row.overloaded).toBe(false);
      expect(formatCapacity(row)).toBe("elastic (cloud)");
      expect(formatUtilisation(row)).toBe("elastic");
    }
    expect(llm[0]!.demandTokensPerSecond).toBeCloseTo(666.67, 2); // 1,000 users: 1.667 req/s × 400
    expect(capacitySummary({ llm, embeddings })).toBe(
      "2 serving nodes; all within capacity at peak; 2 cloud (elastic).",
    );
  });

  it("hybrid: a self-hosted LLM and the cloud overflow share the LLM chart", () => {
    const { llm } = capacityGroups(templateReport("hybrid"));
    expect(llm.map((r) => r.mode).sort()).toEqual(["cloud", "self-hosted"]);
    // 80/20 split of 666.67 tok/s.
    expect(llm.find((r) => r.mode === "self-hosted")!.demandTokensPerSecond).toBeCloseTo(533.33, 2);
    expect(llm.find((r) => r.mode === "cloud")!.demandTokensPerSecond).toBeCloseTo(133.33, 2);
  });

  it("an empty report has no rows", () => {
    const groups = capacityGroups(emptyReport());
    expect(groups).toEqual({ llm: [], embeddings: [] });
    expect(capacitySummary(groups)).toBe("No serving nodes.");
  });
});
