import { describe, expect, it } from "vitest";
import { looseTranslator } from "../../i18n/translate";
import { buildTemplate } from "../../templates";
import { adviceNotes, englishNote } from "./notes";

describe("advisor notes as codes", () => {
  const plan = buildTemplate("production");

  it("lists the sizing, cost and model-swap notes, and the no-option one only without a recommendation", () => {
    expect(adviceNotes(plan, true).map((n) => n.code)).toEqual(["replicas", "costs", "model-swap"]);
    expect(adviceNotes(plan, false).map((n) => n.code)).toEqual([
      "replicas",
      "costs",
      "model-swap",
      "no-option",
    ]);
  });

  it("renders in English from the messages exactly what the engine writes, and in French otherwise", () => {
    for (const locale of ["en", "fr"] as const) {
      const t = looseTranslator(locale, "advisor");
      const said = adviceNotes(plan, false).map((n) =>
        n.code === "model-swap"
          ? t("constraints.modelSwap", { swap: n.params.swap.replace(/-/g, "_") })
          : t(`notes.${n.code}`, n.params as Record<string, string | number>),
      );
      if (locale === "en") expect(said).toEqual(adviceNotes(plan, false).map(englishNote));
      else expect(said.join(" ")).toMatch(/Les réplicas sont dimensionnés.*Aucune option ne respecte/);
    }
  });
});
