import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateLargePlan } from "../templates/generate";
import { parsePlanOrThrow } from "../plan/parse";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { evaluate } from "./evaluate";
import { reportSchema } from "./report-schema";

function numbersIn(x: unknown, path = "$", out: [string, number][] = []): [string, number][] {
  if (typeof x === "number") out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (x && typeof x === "object")
    for (const [k, v] of Object.entries(x)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

const variedPlan = fc
  .record({
    template: fc.constantFrom(...TEMPLATE_IDS),
    users: fc.integer({ min: 1, max: 50_000 }),
    active: fc.double({ min: 0.01, max: 1, noNaN: true }),
    rpm: fc.double({ min: 0, max: 5, noNaN: true }),
    prompt: fc.integer({ min: 1, max: 30_000 }),
    output: fc.integer({ min: 1, max: 4000 }),
    growth: fc.integer({ min: 0, max: 200 }),
    horizon: fc.integer({ min: 1, max: 60 }),
  })
  .map((v) => {
    const plan = buildTemplate(v.template);
    plan.workload = {
      ...plan.workload,
      users: v.users,
      activeShareAtPeak: v.active,
      requestsPerActiveUserPerMinute: v.rpm,
      promptTokens: v.prompt,
      outputTokens: v.output,
      yearlyGrowthPct: v.growth,
      horizonMonths: v.horizon,
    };
    return parsePlanOrThrow(plan);
  });

describe("evaluate(plan)", () => {
  it.each(TEMPLATE_IDS)("%s: the report matches its schema and the contract's field names", (id) => {
    const r = evaluate(buildTemplate(id));
    expect(reportSchema.safeParse(r).success).toBe(true);
    expect(Object.keys(r.totals).sort()).toEqual([
      "cpuCores",
      "gpus",
      "memoryGb",
      "powerW",
      "rackUnits",
      "storageGb",
    ]);
    for (const c of r.components)
      expect(c).toEqual(
        expect.objectContaining({
          nodeId: expect.any(String),
          kind: expect.any(String),
          replicas: expect.any(Number),
          cpuCores: expect.any(Number),
          memoryGb: expect.any(Number),
          storageGb: expect.any(Number),
        }),
      );
    for (const s of r.serving)
      expect(s).toEqual(
        expect.objectContaining({
          nodeId: expect.any(String),
          demandOutputTokensPerSecond: expect.any(Number),
          requiredReplicas: expect.any(Number),
          meetsSlo: expect.any(Boolean),
        }),
      );
    expect(Object.keys(r.storage.months[0]!.byStore).sort()).toEqual([
      "backups",
      "logs",
      "objects",
      "postgres",
      "redis",
      "search",
      "vectors",
    ]);
    expect(Object.keys(r.cost.monthly[0]!)).toEqual(
      expect.arrayContaining(["month", "capexUsd", "opexUsd", "cloudUsd", "totalUsd"]),
    );
  });

  it("is deterministic: the same plan gives the same report", () => {
    const plan = buildTemplate("enterprise");
    expect(JSON.stringify(evaluate(plan))).toBe(JSON.stringify(evaluate(structuredClone(plan))));
  });

  it("no NaN, Infinity or negative figure anywhere in the report for any valid plan", () => {
    fc.assert(
      fc.property(variedPlan, (plan) => {
        for (const [path, x] of numbersIn(evaluate(plan))) {
          expect(Number.isFinite(x), path).toBe(true);
          if (!path.endsWith("headroom")) expect(x, path).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("more users never need fewer resources (sizing, storage, serving replicas)", () => {
    fc.assert(
      fc.property(variedPlan, fc.double({ min: 1.01, max: 4, noNaN: true }), (plan, factor) => {
        const more = parsePlanOrThrow({
          ...plan,
          workload: { ...plan.workload, users: Math.ceil(plan.workload.users * factor) },
        });
        const a = evaluate(plan);
        const b = evaluate(more);
        const rec = (r: typeof a) =>
          r.components.reduce((s, c) => s + c.recommended.cpuCores * c.recommended.replicas, 0);
        expect(rec(b)).toBeGreaterThanOrEqual(rec(a));
        expect(b.storage.months.at(-1)!.totalGb).toBeGreaterThanOrEqual(a.storage.months.at(-1)!.totalGb);
        for (const s of a.serving) {
          const t = b.serving.find((x) => x.nodeId === s.nodeId)!;
          expect(t.requiredReplicas).toBeGreaterThanOrEqual(s.requiredReplicas);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("storage never decreases month to month", () => {
    fc.assert(
      fc.property(variedPlan, (plan) => {
        const months = evaluate(plan).storage.months;
        for (let i = 1; i < months.length; i++)
          expect(months[i]!.totalGb).toBeGreaterThanOrEqual(months[i - 1]!.totalGb);
      }),
      { numRuns: 40 },
    );
  });

  it("cost totals equal the sum of their parts for any valid plan", () => {
    fc.assert(
      fc.property(variedPlan, (plan) => {
        const c = evaluate(plan).cost;
        const sum = c.monthly.reduce((s, m) => s + m.totalUsd, 0);
        expect(Math.abs(c.tcoUsd - sum)).toBeLessThan(0.01 * c.monthly.length + 1);
        for (const m of c.monthly)
          expect(Math.abs(m.totalUsd - m.capexUsd - m.opexUsd - m.cloudUsd)).toBeLessThan(0.02);
      }),
      { numRuns: 40 },
    );
  });

  it("evaluates a generated 1,000-node plan", () => {
    const r = evaluate(generateLargePlan(1000));
    expect(r.components.length + r.serving.length).toBe(1000);
    expect(reportSchema.safeParse(r).success).toBe(true);
  });
});
