import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Block } from "../document/blocks";
import { pickFindings, proposalFacts } from "./facts";
import type { ProposalContext, ProposalOptions } from "./input";
import { proposalFormats, proposalTranslator, resolveLocale } from "./locale";
import { assumptionBlocks, findingBlocks, scenarioBlocks } from "./sections-back";
import { costBlocks } from "./sections-cost";
import { coverBlocks, diagramBlocks, summaryBlocks } from "./sections-front";
import { sizingBlocks } from "./sections-sizing";

/** Everything the sections need, computed once: the plan's (or chosen) language, its currency, the facts. */
export function proposalContext(
  plan: PlanDocument,
  report: Report,
  options: ProposalOptions,
): ProposalContext {
  const locale = options.locale ?? resolveLocale(plan);
  return {
    plan,
    report,
    facts: proposalFacts(plan, report),
    t: proposalTranslator(locale),
    f: proposalFormats(plan, locale),
    audience: options.audience ?? "customer",
    options,
    review: pickFindings(report, options.reviewKeys),
  };
}

/**
 * The proposal as content blocks — cover, summary, diagram, sizing, cost, scenarios, assumptions and (engineers
 * only) the findings — in the order every writer lays them out: the PDF and the bundle's Markdown report.
 */
export function proposalContent(ctx: ProposalContext): Block[] {
  return [
    ...coverBlocks(ctx),
    ...summaryBlocks(ctx),
    ...diagramBlocks(ctx),
    ...sizingBlocks(ctx),
    ...costBlocks(ctx),
    ...scenarioBlocks(ctx),
    ...assumptionBlocks(ctx),
    ...findingBlocks(ctx),
  ];
}
