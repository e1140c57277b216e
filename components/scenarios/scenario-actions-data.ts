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
export function specScenariosMessage(r: SpecScenariosToAdd): string {
  const parts: string[] = [];
  if (r.add.length)
    parts.push(
      `Added ${r.add.length} reference scenario${r.add.length === 1 ? "" : "s"}: ${r.add.map((s) => s.name).join(", ")}.`,
    );
  if (r.skipped.length) parts.push(`Already in the plan: ${r.skipped.join(", ")}.`);
  if (r.overCap.length)
    parts.push(
      `Not added — a plan holds at most ${MAX_SCENARIOS} scenarios: ${r.overCap.join(", ")}. Remove one first.`,
    );
  return parts.join(" ") || "Nothing to add.";
}

/** Why a name cannot be used for "Capture current design" (null: it can). */
export function scenarioNameError(plan: Pick<PlanDocument, "scenarios">, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return "Give the scenario a name, e.g. “Today's design”.";
  if (trimmed.length > MAX_SCENARIO_NAME)
    return `A scenario name has at most ${MAX_SCENARIO_NAME} characters (this one has ${trimmed.length}); shorten it.`;
  if (plan.scenarios.some((s) => sameName(s.name, trimmed)))
    return `A scenario is already called “${trimmed}”: choose another name so the comparison can tell them apart.`;
  if (plan.scenarios.length >= MAX_SCENARIOS)
    return `A plan holds at most ${MAX_SCENARIOS} scenarios: remove one before capturing another.`;
  return null;
}
