import { describe, expect, it } from "vitest";
import { memoryRows, memorySummary } from "./memory-fit-data";
import { emptyReport, referenceMacReport, templateReport } from "./test-reports";

describe("memoryRows", () => {
  it("enterprise: both self-hosted nodes, segments adding up to the requirement", () => {
    const report = templateReport("enterprise");
    const rows = memoryRows(report);
    expect(rows.map((r) => r.nodeId)).toEqual(["llm", "embeddings"]);
    for (const r of rows) {
      const src = report.serving.find((s) => s.nodeId === r.nodeId)!;
      expect(r).toMatchObject({ ...src.memory, label: src.label, fits: true });
      expect(r.weightsGb + r.kvCacheGb + r.overheadGb).toBeCloseTo(r.requiredGb, 1);
      expect(r.usedShare).toBeCloseTo(r.requiredGb / r.capacityGb, 6);
      expect(r.usedShare).toBeLessThan(1);
    }
    // Llama 3.3 70B at fp8 on a TP2 pair of H100 80 GB: ~70 GB of weights in < 160 GB; embeddings hold no KV cache.
    expect(rows[0]!.weightsGb).toBeGreaterThan(70);
    expect(rows[0]!.capacityGb).toBeLessThan(160);
    expect(rows[1]!.kvCacheGb).toBe(0);
    expect(memorySummary(rows)).toBe("All 2 self-hosted serving nodes fit in memory.");
  });

  it("mac-cluster: the 70B Q4 fits two 256 GB Mac Studios", () => {
    const rows = memoryRows(referenceMacReport());
    expect(rows).toHaveLength(2);
    expect(rows[0]!.fits).toBe(true);
    // Q4 ≈ 4.9 bits per weight: 70.6 B × 4.9 / 8 ≈ 43 GB.
    expect(rows[0]!.weightsGb).toBeGreaterThan(40);
    expect(rows[0]!.weightsGb).toBeLessThan(46);
    expect(rows[0]!.capacityGb).toBeGreaterThan(rows[0]!.requiredGb);
  });

  it("a 70B at bf16 on one H100 does not fit and the summary says by how much", () => {
    const report = templateReport("enterprise", (p) => {
      const llm = p.nodes.find((n) => n.id === "llm")!;
      llm.serving = { ...llm.serving!, devices: 1, precision: "bf16" };
    });
    const rows = memoryRows(report);
    const llm = rows.find((r) => r.nodeId === "llm")!;
    expect(llm.fits).toBe(false);
    // 70.6 B parameters × 2 bytes ≈ 141 GB > one 80 GB device.
    expect(llm.weightsGb).toBeGreaterThan(140);
    expect(llm.usedShare).toBeGreaterThan(1);
    expect(memorySummary(rows)).toMatch(
      /^1 of 2 do not fit: Llama 3\.3 70B \(H100, TP2\) needs 144 GB of 77\.3 GB\.$/,
    );
  });

  it("cloud nodes and empty reports have no rows", () => {
    expect(memoryRows(templateReport("cloud-llm"))).toEqual([]);
    expect(memoryRows(emptyReport())).toEqual([]);
    expect(memorySummary([])).toBe("No self-hosted serving nodes.");
    // Hybrid: only the self-hosted LLM and embeddings, not the cloud overflow.
    expect(memoryRows(templateReport("hybrid")).map((r) => r.nodeId)).toEqual(["llm", "embeddings"]);
  });
});
