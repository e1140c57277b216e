import { planAssumptionItems } from "../engine/assumptions";
import type { PlanDocument } from "../plan/plan-schema";
import type { Locale } from "./locale";
import { looseTranslator } from "./translate";

/**
 * The plan's assumptions in `locale` (messages/<locale>/assumptions.json, `<code>` filled with the figures): what
 * the PDF, the bundle's report and the customer view list. The codes are the engine's (lib/engine/assumptions.ts);
 * in English the text is exactly report.assumptions.
 */
export function renderAssumptions(plan: PlanDocument, locale: Locale): string[] {
  const t = looseTranslator(locale, "assumptions");
  return planAssumptionItems(plan).map((a) => t(a.code, a.params));
}
