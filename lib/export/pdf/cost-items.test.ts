import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { COST_ITEM_CODES } from "../../engine/report-schema";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { proposalTranslator } from "./locale";
import { costItemLabel } from "./sections-cost";

const en = proposalTranslator("en");
const fr = proposalTranslator("fr");
// Every template, plus bare accelerators (host servers bought with them) and user growth (dated purchases).
const bare = buildTemplate("production");
const llm = bare.nodes.find((n) => n.kind === "llm")!;
const { product: _product, ...serving } = llm.serving!;
llm.serving = serving;
bare.workload.yearlyGrowthPct = 200;
const lines = [...TEMPLATE_IDS.map((id) => buildTemplate(id)), parsePlanOrThrow(bare)].flatMap(
  (p) => evaluate(p).cost.lines,
);

describe("cost line items in the proposal's language", () => {
  it("covers every kind of worded line", () => {
    const codes = new Set(lines.map((l) => l.itemCode).filter(Boolean));
    expect([...codes].sort()).toEqual([...COST_ITEM_CODES].sort());
    expect(lines.some((l) => l.itemParams?.hosts)).toBe(true);
  });

  it("writes in English exactly what the engine wrote", () => {
    for (const l of lines) expect(costItemLabel(en, l), l.itemCode).toBe(l.item);
  });

  it("writes the worded lines in French, fully filled", () => {
    for (const l of lines.filter((x) => x.itemCode && x.itemCode !== "serving-hardware")) {
      const text = costItemLabel(fr, l);
      expect(text, l.itemCode).not.toBe(l.item);
      expect(text).not.toMatch(/[{}]|Electricity|Colocation|rack units|replica\(s\)|in all|per year|staff/);
    }
    const hosts = lines.find((l) => l.itemParams?.hosts)!;
    expect(costItemLabel(fr, hosts)).toMatch(/ \+ \d+ serveurs? hôtes?$/);
  });
});
