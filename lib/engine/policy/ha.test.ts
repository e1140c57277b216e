import { describe, expect, it } from "vitest";
import { getProduct } from "../../catalog";
import { advise } from "../advisor";
import { evaluate } from "../evaluate";
import { applyScenario } from "../../plan/scenarios";
import { buildTemplate } from "../../templates";
import {
  devicesPerServer,
  nPlusOneReplicas,
  replicasPerServer,
  requiresNPlusOne,
  survivesServerLoss,
} from ".";

describe("N+1 across servers", () => {
  it("counts by hand", () => {
    // A TP2 instance on an 8-GPU board: 4 per server; one on a 2-GPU server: 1; a TP16 instance spans servers: 1.
    expect(replicasPerServer(2, 8)).toBe(4);
    expect(replicasPerServer(2, 2)).toBe(1);
    expect(replicasPerServer(16, 8)).toBe(1);
    // 1,000 tok/s of demand at 300 per instance, 4 per server: lose 4, keep ceil(1000 / 300) = 4 → 8.
    expect(nPlusOneReplicas(1000, 300, 4)).toBe(8);
    expect(survivesServerLoss(8, 1000, 300, 4)).toBe(true);
    expect(survivesServerLoss(7, 1000, 300, 4)).toBe(false);
    // Tiny demand still needs a second server: one more instance than a server holds.
    expect(nPlusOneReplicas(1, 300, 2)).toBe(3);
  });

  it("applies in production at 99.9% availability or more, not below nor in dev", () => {
    const plan = buildTemplate("self-hosted");
    expect(requiresNPlusOne(plan)).toBe(true);
    expect(requiresNPlusOne({ ...plan, slos: { ...plan.slos, availabilityPct: 99.5 } })).toBe(false);
    expect(requiresNPlusOne({ ...plan, metadata: { ...plan.metadata, environment: "dev" } })).toBe(false);
  });

  it("the advisor sizes LLM and embeddings to survive one server's loss at 99.9% (N+1)", () => {
    const plan = buildTemplate("self-hosted", { users: 300 });
    plan.slos.availabilityPct = 99.9;
    const rec = advise(plan).recommended!;
    expect(rec.deployment.kind).toBe("self-hosted");
    const report = evaluate(applyScenario(plan, { nodes: rec.deployment.nodes }));
    for (const node of rec.deployment.nodes) {
      const s = report.serving.find((x) => x.nodeId === node.id)!;
      const perServer = replicasPerServer(node.serving!.devices, devicesPerServer(node.serving!));
      const servers = Math.ceil(
        (node.replicas * node.serving!.devices) / getProduct(node.serving!.product!)!.devices,
      );
      expect(servers, node.id).toBeGreaterThanOrEqual(2);
      const demand = s.purpose === "llm" ? s.demandOutputTokensPerSecond : s.demandInputTokensPerSecond;
      const capacity = s.purpose === "llm" ? s.capacityOutputTokensPerSecond : s.capacityInputTokensPerSecond;
      // The instances left after the fullest server fails carry peak demand within the SLOs.
      expect(((node.replicas - perServer) * capacity) / node.replicas, node.id).toBeGreaterThanOrEqual(
        demand,
      );
    }
    expect(report.findings.filter((f) => f.code === "single-point-of-failure")).toEqual([]);
  });

  it("a finding names a serving node whose instances sit in one server", () => {
    const plan = buildTemplate("enterprise");
    const llm = plan.nodes.find((n) => n.kind === "llm")!;
    llm.replicas = 4; // four TP2 instances: one 8-GPU board
    const spof = evaluate(plan).findings.filter((f) => f.code === "single-point-of-failure");
    expect(spof).toHaveLength(1);
    expect(spof[0]!.target.id).toBe("llm");
    expect(spof[0]!.message).toMatch(/all 4 instance\(s\) sit in one server/);
    expect(spof[0]!.fix).toMatch(/Run 6 instances over at least two servers/);
    plan.slos.availabilityPct = 99.5;
    expect(evaluate(plan).findings.some((f) => f.code === "single-point-of-failure")).toBe(false);
  });
});
