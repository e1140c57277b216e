import { describe, expect, it } from "vitest";
import { getProduct } from "../catalog";
import { evaluate } from "../engine/evaluate";
import { applyScenario } from "../plan/scenarios";
import type { PlanNode } from "../plan/node-schema";
import { buildTemplate, type TemplateId } from ".";
import { REFERENCE_DEPLOYMENTS, REFERENCE_SCENARIOS, servingOf, specScenarios } from "./reference-scenarios";

/** What a node deploys, without how many or what it is called. */
const hosting = (n: PlanNode) => ({
  id: n.id,
  kind: n.kind,
  serving: n.serving ? { ...n.serving } : undefined,
  cloud: n.cloud,
});

describe("the four reference scenarios (§3), defined once", () => {
  it("each scenario template hosts exactly its reference scenario", () => {
    const pairs: [TemplateId, keyof typeof REFERENCE_SCENARIOS][] = [
      ["cloud-llm", "cloud"],
      ["self-hosted", "selfHosted"],
      ["hybrid", "hybrid"],
    ];
    for (const [templateId, key] of pairs) {
      const plan = buildTemplate(templateId);
      const scenario = specScenarios(plan).find((s) => s.name === REFERENCE_SCENARIOS[key].name)!;
      // The template lays nodes out by zone (cloud providers last): compare by id.
      const byId = (a: PlanNode, b: PlanNode) => a.id.localeCompare(b.id);
      const ai = plan.nodes.filter((n) => n.serving || n.cloud).sort(byId);
      const reference = [...scenario.nodes].sort(byId);
      expect(ai.map(hosting), templateId).toEqual(reference.map(hosting));
      // Sized by the same policy for the same workload, the self-hosted replicas agree too.
      expect(
        ai.map((n) => n.replicas),
        templateId,
      ).toEqual(reference.map((n) => n.replicas));
    }
  });

  it("the Mac-cluster template keeps scenario 4's machines but serves a model they serve within the SLOs (documented gap)", () => {
    const plan = buildTemplate("mac-cluster");
    const scenario = specScenarios(plan).find((s) => s.name === REFERENCE_SCENARIOS.appleSilicon.name)!;
    const llm = plan.nodes.find((n) => n.id === "llm")!;
    const quoted = scenario.nodes.find((n) => n.id === "llm")!;
    expect(llm.serving!.product).toBe(quoted.serving!.product);
    expect(llm.serving!.model).toBe("qwen3-30b-a3b");
    expect(quoted.serving!.model).toBe("llama-3.3-70b");
    expect(plan.nodes.find((n) => n.id === "embeddings")!.serving).toEqual(
      scenario.nodes.find((n) => n.id === "embeddings")!.serving,
    );
    const template = evaluate(plan);
    expect(template.serving.every((s) => s.meetsSlo)).toBe(true);
    // The quote itself still misses the SLOs: 11.9 tok/s per stream and a 22 s first token at the default workload.
    const asQuoted = evaluate(applyScenario(plan, scenario));
    expect(asQuoted.findings.some((f) => f.code === "slo-not-met")).toBe(true);
  });

  it("takes accelerators and memory from the catalog products", () => {
    for (const d of Object.values(REFERENCE_DEPLOYMENTS)) {
      const product = getProduct(d.product)!;
      const s = servingOf(d);
      expect(s.hardware).toBe(product.hardwareId);
      expect(s.memoryGb).toBe(product.memoryGbPerDevice);
      expect(d.devices).toBeLessThanOrEqual(product.devices);
    }
  });

  it("gives the scenarios unique ids next to the plan's own", () => {
    const plan = buildTemplate("enterprise");
    const first = specScenarios(plan);
    expect(first.map((s) => s.id)).toEqual(["1-cloud", "2-self-hosted", "3-hybrid", "4-apple-silicon"]);
    const again = specScenarios({ ...plan, scenarios: first });
    expect(again.map((s) => s.id)).toEqual([
      "1-cloud-2",
      "2-self-hosted-2",
      "3-hybrid-2",
      "4-apple-silicon-2",
    ]);
  });
});
