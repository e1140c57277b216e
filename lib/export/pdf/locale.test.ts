import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate } from "../../templates";
import { findingKey, pickFindings, proposalFacts } from "./facts";
import { proposalFormats, proposalTranslator, resolveLocale } from "./locale";
import { riskText } from "./risk-text";

const base = buildTemplate("minimal");
const eur = parsePlanOrThrow({
  ...base,
  metadata: { ...base.metadata, currency: "EUR", usdToCurrencyRate: 0.5 },
});
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("proposal language", () => {
  it("takes the explicit choice, then the plan's language, then Accept-Language, then English", () => {
    expect(resolveLocale(base, "fr", "en-US")).toBe("fr");
    expect(resolveLocale(base, "de", "fr-CH,fr;q=0.9")).toBe("fr");
    expect(resolveLocale({ metadata: { ...base.metadata, language: "fr" } as never }, null, "en")).toBe("fr");
    expect(resolveLocale(base, undefined, "de-DE,en;q=0.5")).toBe("en");
    expect(resolveLocale(null, undefined, "es")).toBe("en");
  });

  it("writes money in the plan's currency, converted once at its rate, with the locale's separators", () => {
    const fr = proposalFormats(eur, "fr");
    expect(plain(fr.money(2469))).toBe("1 235 €"); // 2,469 USD × 0.5
    expect(plain(fr.money(1.25))).toBe("0,63 €"); // small unit prices keep cents
    expect(plain(fr.money(0))).toBe("0 €");
    expect(plain(fr.number(1234.5))).toBe("1 234,5");
    expect(fr.date("2026-12-03")).toBe("3 décembre 2026");
    const en = proposalFormats(eur, "en");
    expect(en.money(2469)).toBe("€1,235");
    expect(en.percent(0.563)).toBe("56%");
  });

  it("has the same message keys in English and French", () => {
    const en = proposalTranslator("en");
    const fr = proposalTranslator("fr");
    expect(fr("summary.title")).toBe("Synthèse");
    expect(en("summary.title")).toBe("Executive summary");
    expect(fr("summary.slo", { met: 2, total: 3 })).toBe(
      "2 services IA sur 3 respectent les niveaux de service convenus (délai de première réponse et vitesse de lecture).",
    );
  });
});

describe("proposal facts", () => {
  it("states risks in plain words, naming the component and never the finding code", () => {
    const plan = buildTemplate("hybrid");
    const report = evaluate(plan);
    const facts = proposalFacts(plan, report);
    expect(facts.risks.some((r) => r.kind === "external")).toBe(true);
    const t = proposalTranslator("en");
    const f = proposalFormats(plan, "en");
    for (const r of facts.risks) {
      const text = riskText(r, t, f);
      for (const finding of report.findings) expect(text).not.toContain(finding.code);
    }
    expect(facts.totalUsd).toBe(report.cost.monthly.at(-1)!.cumulativeUsd);
  });

  it("flags a budget ceiling the monthly cost exceeds", () => {
    const plan = parsePlanOrThrow({ ...base, constraints: { ...base.constraints, maxMonthlyUsd: 1 } });
    const facts = proposalFacts(plan, evaluate(plan));
    const budget = facts.risks.find((r) => r.kind === "budget")!;
    expect(budget.budgetUsd).toBe(1);
    expect(riskText(budget, proposalTranslator("en"), proposalFormats(plan, "en"))).toMatch(
      /exceeds the budget ceiling \(\$1\.00\)/,
    );
  });

  it("picks findings by their stable key", () => {
    const report = evaluate(buildTemplate("enterprise"));
    const first = report.findings[0]!;
    expect(pickFindings(report, [findingKey(first)])).toEqual([first]);
    expect(pickFindings(report, ["nothing:plan:"])).toEqual([]);
  });
});
