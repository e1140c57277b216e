import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import type { ServingReport } from "../report-schema";
import { ingestionFindings, initialIngestionDays } from "./ingestion";

/** Two embedding replicas sustaining 1,000 tok/s in all (500 each). */
const embeddings = (capacity = 1000, replicas = 2) =>
  [
    {
      nodeId: "embeddings",
      purpose: "embeddings",
      mode: "self-hosted",
      replicas,
      capacityInputTokensPerSecond: capacity,
    },
  ] as ServingReport[];

describe("ingestion backlog", () => {
  const plan = buildTemplate("self-hosted");

  it("days = corpus tokens ÷ embedding capacity ÷ 86,400 (null with cloud embeddings only)", () => {
    // 864 M tokens ÷ 1,000 tok/s = 864,000 s = 10 days.
    expect(initialIngestionDays(864e6, embeddings())).toBe(10);
    expect(initialIngestionDays(864e6, [])).toBeNull();
  });

  it("warns beyond the target, with the replicas that meet it for the initial load", () => {
    // 10 days > 7: ceil(2 replicas × 10 / 7) = 3 replicas.
    const [f] = ingestionFindings(plan, embeddings(), 864e6);
    expect(f!.code).toBe("ingestion-backlog");
    expect(f!.severity).toBe("warning");
    expect(f!.target).toEqual({ type: "node", id: "embeddings" });
    expect(f!.params).toMatchObject({ days: 10, maxDays: 7, replicas: 3, currentReplicas: 2, mTokens: 864 });
    expect(f!.fix).toMatch(/^Run 3 embedding replicas \(now 2\) for the initial load/);
    // Within a 10-day target (the user's setting), no finding.
    expect(
      ingestionFindings({ ...plan, slos: { ...plan.slos, maxIngestionDays: 10 } }, embeddings(), 864e6),
    ).toEqual([]);
  });

  it("the report states the figure: the Mac template's 2 embedding Macs need weeks for 300 users' documents", () => {
    const r = evaluate(buildTemplate("mac-cluster"));
    const capacity = r.serving
      .filter((s) => s.purpose === "embeddings")
      .reduce((s, x) => s + x.capacityInputTokensPerSecond, 0);
    expect(r.demand.initialIngestionDays).toBeCloseTo(r.demand.initialIngestionTokens / capacity / 86_400, 1);
    expect(r.findings.some((f) => f.code === "ingestion-backlog")).toBe(true);
  });
});
