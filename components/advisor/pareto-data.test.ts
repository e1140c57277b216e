import { beforeAll, describe, expect, it } from "vitest";
import { advise, type AdviseResult } from "@/lib/engine/advisor";
import { asReferenceScenario, buildTemplate } from "@/lib/templates";
import { paretoData, paretoGroup, paretoSummary, pointsOf, PARETO_GROUPS } from "./pareto-data";

let result: AdviseResult;
beforeAll(() => {
  // The plan keeps its model, so the recommendation is a self-hosted option (a point on the chart).
  const plan = buildTemplate("enterprise");
  plan.constraints.modelSwap = "same-model";
  // A hosted API of the same open model is the same model: keeping the data on premises keeps the LLM self-hosted.
  plan.constraints.dataOnPremises = true;
  result = advise(plan);
});

describe("paretoData", () => {
  it("plots the self-hosted options and counts the cloud ones it leaves out", () => {
    const data = paretoData(result);
    const cloud = result.options.filter((o) => o.headroom === null).length;
    expect(cloud).toBeGreaterThan(0);
    expect(data.omittedCloud).toBe(cloud);
    expect(data.omittedNoCapacity).toBe(0);
    expect(data.points).toHaveLength(result.options.length - cloud);
    const rec = data.points.filter((p) => p.group === "recommended");
    expect(rec.map((p) => p.id)).toEqual([result.recommended!.id]);
    const opt = result.options.find((o) => o.id === rec[0]!.id)!;
    expect(rec[0]).toMatchObject({
      cost: opt.monthlyCostUsd,
      headroomPct: opt.headroom! * 100,
      ttftMs: opt.ttftMs,
    });
  });

  it("puts every point in exactly one drawn group, and converts the currency", () => {
    const data = paretoData(result, 0.9);
    expect(PARETO_GROUPS.flatMap((g) => pointsOf(data, g))).toHaveLength(data.points.length);
    const pareto = pointsOf(data, "pareto");
    expect(pareto.length).toBeGreaterThan(0);
    for (const p of pareto) {
      const o = result.options.find((x) => x.id === p.id)!;
      expect(o.paretoOptimal && o.meetsSlo).toBe(true);
      expect(p.cost).toBeCloseTo(o.monthlyCostUsd * 0.9, 6);
    }
  });

  it("leaves out self-hosted options with no capacity within the SLOs, and says so", () => {
    const mac = advise(asReferenceScenario(buildTemplate("mac-cluster"), "mac-cluster"));
    expect(mac.recommended).toBeNull();
    const data = paretoData(mac);
    expect(data.points).toEqual([]);
    const cloud = mac.options.filter((o) => o.deployment.kind === "cloud").length;
    expect(data.omittedCloud).toBe(cloud);
    expect(data.omittedNoCapacity).toBe(mac.options.length - cloud);
    expect(paretoSummary(data)).toMatch(
      /^No option has a headroom figure to plot\. \d+ cloud options \(elastic capacity, no headroom\) and \d+ self-hosted options that cannot serve a stream within the SLOs are in the table only\.$/,
    );
  });

  it("groups misses before Pareto membership", () => {
    expect(paretoGroup({ id: "a", meetsSlo: false, paretoOptimal: true }, null)).toBe("misses-slo");
    expect(paretoGroup({ id: "a", meetsSlo: false, paretoOptimal: true }, "a")).toBe("recommended");
    expect(paretoGroup({ id: "b", meetsSlo: true, paretoOptimal: false }, "a")).toBe("other");
  });

  it("summarises in one sentence", () => {
    const s = paretoSummary(paretoData(result));
    expect(s).toMatch(/self-hosted options, \d+ on the Pareto front/);
    expect(s).toMatch(/cloud options \(elastic capacity, no headroom\) are in the table only\.$/);
  });
});
