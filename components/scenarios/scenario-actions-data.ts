import type { Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import type { PlanDocument, Scenario } from "@/lib/plan/plan-schema";

/** How many scenarios a plan may hold (`scenarios: z.array(scenarioSchema).max(20)` in lib/plan/plan-schema.ts). */
export const MAX_SCENARIOS = 20;
/** Longest scenario name (`scenarioSchema.name`). */
export const MAX_SCENARIO_NAME = 80;

export interface SpecScenariosToAdd {
  /** Scenarios to add (not already in the plan by name, within the cap). */
  add: Scenario[];
  /** Names already in the plan, skipped. */
  skipped: string[];
  /** Scenarios left out because the plan would exceed MAX_SCENARIOS. */
  overCap: string[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Which of the reference scenarios (`specScenarios(plan)`) to add: no duplicates by name, never above the cap. */
export function specScenariosToAdd(
  plan: Pick<PlanDocument, "scenarios">,
  incoming: Scenario[],
): SpecScenariosToAdd {
  const skipped: string[] = [];
  const fresh = incoming.filter((s) => {
    const dup = plan.scenarios.some((x) => sameName(x.name, s.name));
    if (dup) skipped.push(s.name);
    return !dup;
  });
  const room = Math.max(0, MAX_SCENARIOS - plan.scenarios.length);
  return { add: fresh.slice(0, room), skipped, overCap: fresh.slice(room).map((s) => s.name) };
}

/** What the result of "Add the four reference scenarios" says to the user. */
export function specScenariosMessage(r: SpecScenariosToAdd, locale: Locale = "en"): string {
  const t = translator(locale, "scenarios");
  const parts: string[] = [];
  if (r.add.length)
    parts.push(t("actions.added", { count: r.add.length, names: r.add.map((s) => s.name).join(", ") }));
  if (r.skipped.length) parts.push(t("actions.skipped", { names: r.skipped.join(", ") }));
  if (r.overCap.length) parts.push(t("actions.overCap", { max: MAX_SCENARIOS, names: r.overCap.join(", ") }));
  return parts.join(" ") || t("actions.nothing");
}

/** Why a name cannot be used for "Capture current design" (null: it can). */
export function scenarioNameError(
  plan: Pick<PlanDocument, "scenarios">,
  name: string,
  locale: Locale = "en",
): string | null {
  const t = translator(locale, "scenarios");
  const trimmed = name.trim();
  if (!trimmed) return t("actions.nameRequired");
  if (trimmed.length > MAX_SCENARIO_NAME)
    return t("actions.nameTooLong", { max: MAX_SCENARIO_NAME, length: trimmed.length });
  if (plan.scenarios.some((s) => sameName(s.name, trimmed))) return t("actions.nameTaken", { name: trimmed });
  if (plan.scenarios.length >= MAX_SCENARIOS) return t("actions.full", { max: MAX_SCENARIOS });
  return null;
}
