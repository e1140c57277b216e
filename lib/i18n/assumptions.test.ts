import { describe, expect, it } from "vitest";
import { ASSUMPTION_CODES } from "../engine/assumptions";
import { evaluate } from "../engine/evaluate";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { renderAssumptions } from "./assumptions";
import { MESSAGES } from "./messages";

describe("assumptions in the reader's language", () => {
  it.each(TEMPLATE_IDS)("%s: the English messages say exactly the engine's report.assumptions", (id) => {
    const plan = buildTemplate(id);
    expect(renderAssumptions(plan, "en")).toEqual(evaluate(plan).assumptions);
  });

  it("French: the same figures with French words and separators", () => {
    const plan = buildTemplate("enterprise");
    const fr = renderAssumptions(plan, "fr")
      .join("\n")
      .replace(/[\u00a0\u202f]/g, " ");
    expect(fr).toContain(
      `Heure de pointe : ${plan.workload.users.toLocaleString("fr-FR").replace(/[\u00a0\u202f]/g, " ")} utilisateurs`,
    );
    expect(fr).toContain(`électricité ${String(plan.costs.powerUsdPerKwh).replace(".", ",")} USD/kWh`);
    expect(fr).not.toMatch(/Peak hour|Storage:/);
  });

  it("has a message for every code in both languages", () => {
    for (const locale of ["en", "fr"] as const)
      expect(Object.keys(MESSAGES[locale].assumptions).sort()).toEqual([...ASSUMPTION_CODES].sort());
  });
});
