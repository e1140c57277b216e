import { describe, expect, it } from "vitest";
import { getProduct } from "../../catalog";
import { applyScenario } from "../../plan/scenarios";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import { ingestionReplicas } from "../rules/ingestion";
import { advise } from "./advise";

/**
 * The advisor sizes the embedding servers for the initial ingestion backlog, by hand. Mac-cluster template (300
 * users, production, slos.maxIngestionDays 7): 1,711.2 M corpus tokens. The recommended embedding server, e5-mistral
 * FP16 on one Mac Studio M3 Ultra 96 GB (3,999 USD) per replica, sustains ≈ 1,005 tok/s per replica. The query and
 * re-index demand (≈ 97 tok/s at peak) needs only the production floor of 2 replicas, which take
 * 1,711.2e6 ÷ (2 × 1,005 × 86,400) ≈ 9.8 days > 7. The backlog needs
 * ceil(1,711.2e6 ÷ (1,005 × 86,400 × 7)) = ceil(2.81) = 3 replicas: one more Mac Studio, 3,999 USD of CAPEX.
 */
describe("advisor: embedding replicas for the initial ingestion", () => {
  const plan = buildTemplate("mac-cluster");
  const recommended = advise(plan).recommended!;
  const embNode = recommended.deployment.nodes.find((n) => n.id === "embeddings")!;
  const withReplicas = (replicas: number) =>
    evaluate(
      applyScenario(plan, {
        nodes: recommended.deployment.nodes.map((n) => (n.id === "embeddings" ? { ...n, replicas } : n)),
      }),
    );

  it("the plan as drawn raises the ingestion-backlog finding; the recommendation does not", () => {
    expect(evaluate(plan).findings.some((f) => f.code === "ingestion-backlog")).toBe(true);
    expect(recommended.findings.some((f) => f.code === "ingestion-backlog")).toBe(false);
  });

  it("sizes the embedding replicas with the finding's formula (ingestionReplicas), one more than demand needs", () => {
    const report = withReplicas(embNode.replicas);
    const s = report.serving.find((x) => x.nodeId === "embeddings")!;
    const perReplica = s.capacityInputTokensPerSecond / s.replicas;
    expect(perReplica).toBeGreaterThan(1000);
    expect(perReplica).toBeLessThan(1010);
    expect(embNode.replicas).toBe(
      ingestionReplicas(report.demand.initialIngestionTokens, perReplica, plan.slos.maxIngestionDays),
    );
    expect(embNode.replicas).toBe(3);
    expect(report.demand.initialIngestionDays!).toBeLessThanOrEqual(plan.slos.maxIngestionDays);
    // One replica fewer (the production floor, enough for the demand alone) misses the target and names 3.
    const fewer = withReplicas(embNode.replicas - 1);
    expect(fewer.serving.find((x) => x.nodeId === "embeddings")!.utilisation!).toBeLessThan(0.8);
    const f = fewer.findings.find((x) => x.code === "ingestion-backlog");
    expect(f?.params).toMatchObject({ replicas: embNode.replicas, currentReplicas: embNode.replicas - 1 });
  });

  it("the recommendation's cost includes the extra replica (one Mac Studio of CAPEX)", () => {
    const price = getProduct(embNode.serving!.product!)!.price.usd;
    expect(price).toBe(3999);
    expect(recommended.capexUsd - withReplicas(embNode.replicas - 1).cost.capexUsd).toBeCloseTo(price, 2);
    expect(recommended.monthlyCostUsd).toBeGreaterThan(
      withReplicas(embNode.replicas - 1).cost.monthlyCostAmortisedUsd,
    );
  });
});
