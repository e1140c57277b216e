import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { evaluate } from "./evaluate";
import { amortisedMonthlyCostUsd } from "./headline";
import { nodeMonthlyCostsUsd } from "./node-costs";

const cents = (usd: number) => Math.round(usd * 100);

describe("per-node monthly cost (canvas badges)", () => {
  it.each(TEMPLATE_IDS)("adds up to the plan's monthly cost, to the cent (%s)", (id) => {
    const plan = buildTemplate(id);
    const report = evaluate(plan);
    const costs = nodeMonthlyCostsUsd(plan, report);
    expect(Object.keys(costs).sort()).toEqual(plan.nodes.map((n) => n.id).sort());
    const sum = Object.values(costs).reduce((s, x) => s + cents(x), 0);
    expect(sum).toBe(cents(amortisedMonthlyCostUsd(report)));
    for (const v of Object.values(costs)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("gives a serving node at least its own hardware's amortised price", () => {
    const plan = buildTemplate("enterprise");
    const report = evaluate(plan);
    const llm = plan.nodes.find((n) => n.kind === "llm")!;
    const line = report.cost.lines.find((l) => l.item.startsWith(`${llm.label}: `))!;
    const costs = nodeMonthlyCostsUsd(plan, report);
    expect(costs[llm.id]!).toBeGreaterThanOrEqual(line.capexUsd / plan.costs.amortisationMonths);
  });

  it("puts the cloud API bill on the cloud nodes", () => {
    const plan = buildTemplate("cloud-llm");
    const report = evaluate(plan);
    const month = report.cost.monthly[1]!;
    const costs = nodeMonthlyCostsUsd(plan, report);
    const cloud = plan.nodes.filter((n) => n.kind === "cloud-llm").reduce((s, n) => s + costs[n.id]!, 0);
    expect(cloud).toBeGreaterThanOrEqual(
      (month.byCategory["cloud LLM"] ?? 0) + (month.byCategory["cloud embeddings"] ?? 0) - 0.01,
    );
  });

  it("is empty for an empty plan", () => {
    const plan = { ...buildTemplate("minimal"), nodes: [], edges: [] };
    expect(nodeMonthlyCostsUsd(plan, evaluate(plan))).toEqual({});
  });
});
