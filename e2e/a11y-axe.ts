import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** One serious or critical axe violation, as "rule-id: selector, selector" (readable in a failed assertion). */
export type AxeProblem = string;

/**
 * The serious and critical axe-core violations on the page (or inside `include`), each as "rule: targets".
 * Moderate and minor ones are left to review: the bar set by issue 13 is "no serious or critical violation".
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeProblem[]> {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
