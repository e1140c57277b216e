import { compareScenarios, type ScenarioSummary } from "../../engine/compare";
import { evaluate } from "../../engine/evaluate";
import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";

/** What the customer view (/s/<token>, customer audience) shows: the report and, with scenarios, their comparison. */
export interface ProposalData {
  report: Report;
  scenarios: ScenarioSummary[] | null;
}

/**
 * The customer view's engine work, in a worker thread like every evaluation: the report, and the scenario
 * comparison (one evaluation per scenario) only when the plan has scenarios. JSON text out.
 */
export function proposalDataJob(input: { document: PlanDocument }): string {
  const report = evaluate(input.document);
  const scenarios = input.document.scenarios.length ? compareScenarios(input.document).rows : null;
  return JSON.stringify({ report, scenarios } satisfies ProposalData);
}
