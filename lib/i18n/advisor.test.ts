import { describe, expect, it } from "vitest";
import { advise } from "../engine/advisor/advise";
import type { AdviseOption } from "../engine/advisor/advise-schema";
import { parsePlanOrThrow } from "../plan/parse";
import { buildTemplate } from "../templates";
import { renderExclusion, renderOptionDescription, renderOptionReasons } from "./advisor";

const enterprise = advise(buildTemplate("enterprise"));
const base = buildTemplate("enterprise");
// Every constraint set tight, so the options break each of them (each exclusion code with its params).
const tight = advise(
  parsePlanOrThrow({
    ...base,
    constraints: {
      ...base.constraints,
      dataOnPremises: true,
      allowedHardwareFamilies: ["apple"],
      maxMonthlyUsd: 1_000,
      capexCapUsd: 1_000,
      maxPowerW: 100,
      maxRackUnits: 1,
      precisionFloor: "bf16",
      minModelParamsB: 400,
      modelSwap: "same-model",
    },
  }),
);
const exclusions = (options: AdviseOption[]) =>
  options.flatMap((o) => o.excludedBecause.map((x) => ({ x, o })));

describe("advisor options in the reader's language", () => {
  it("describes every option in English exactly as advise() does", () => {
    for (const o of [...enterprise.options, ...tight.options])
      expect(renderOptionDescription(o.deployment.nodes, "en"), o.id).toBe(o.description);
  });

  it("words every exclusion in English exactly as advise() does, for a broad set of codes", () => {
    const all = exclusions([...enterprise.options, ...tight.options]);
    expect(new Set(all.map(({ x }) => x.code)).size).toBeGreaterThanOrEqual(8);
    for (const { x, o } of all) expect(renderExclusion(x, o.findings, "en"), x.code).toBe(x.reason);
  });

  it("words descriptions and exclusions in French, fully filled, with no English left", () => {
    const o = enterprise.options.find((x) => x.deployment.kind === "self-hosted")!;
    const fr = renderOptionDescription(o.deployment.nodes, "fr");
    expect(fr).toMatch(/ avec vLLM · \d+ instances? × \d+ NVIDIA /);
    expect(fr).not.toMatch(/ on | via |[{}]/);
    const frExclusions = exclusions(tight.options).map(
      ({ x, o: opt }) => [x.code, renderExclusion(x, opt.findings, "fr")] as const,
    );
    for (const [code, text] of frExclusions) expect(text, code).not.toMatch(/[{}]/);
    const byCode = new Map<string, string>(frExclusions);
    expect(byCode.get("power")).toMatch(/au-delà de la limite de puissance de 100 W$/);
    expect(byCode.get("monthly-budget")).toContain("par mois au-delà du budget de 1\u202f000 USD");
    expect(byCode.get("data-leaves-premises")).toContain("sur site");
    for (const code of ["power", "monthly-budget", "rack-space", "capex-cap"])
      expect(byCode.get(code), code).not.toMatch(/above|limit |budget$| a month/);
  });

  it("gives the reasons in English exactly as advise() does, and in French", () => {
    const horizon = advise(
      parsePlanOrThrow({ ...base, constraints: { ...base.constraints, costBasis: "horizon" } }),
    );
    const options = [...enterprise.options, ...horizon.options];
    const codes = new Set(options.flatMap((o) => o.reasonDetails.map((r) => r.code)));
    expect([...codes].sort()).toEqual([
      "at-peak",
      "cheapest",
      "cheapest-other-kind",
      "cloud-elastic",
      "instances",
    ]);
    for (const o of options) expect(renderOptionReasons(o, "en"), o.id).toEqual(o.reasons);
    const fr = renderOptionReasons(horizon.recommended!, "fr");
    expect(fr[0]).toMatch(/^La moins chère en TCO sur \d+ mois des \d+ options qui tiennent les SLO/);
    for (const text of options.flatMap((o) => renderOptionReasons(o, "fr")))
      expect(text).not.toMatch(/[{}]|Cheapest|per stream|At peak|instance\(s\)/);
  });
});
