import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { writeMarkdown } from "../document/markdown";
import { proposalContent, proposalContext } from "../pdf/content";

/**
 * report/proposal.md: the PDF proposal's content — same sections, words and figures — as Markdown, in the plan's
 * language (metadata.language, else English) and currency. The engineer's version (findings appendix included):
 * a bundle goes to the people who deploy it. Undated: the bundle is pure (no clock).
 */
export function proposalReport(plan: PlanDocument, report: Report): string {
  return writeMarkdown(proposalContent(proposalContext(plan, report, { audience: "engineer" })));
}
