import type { Finding, Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ProposalFacts } from "./facts";
import type { Formats, ProposalLocale, ProposalTranslator } from "./locale";

import type { Audience } from "./constants";

export { AUDIENCES, type Audience } from "./constants";

export interface ProposalOptions {
  audience?: Audience;
  locale?: ProposalLocale;
  /**
   * Day printed on the cover and written as the PDF's creation date (YYYY-MM-DD): fixes the bytes. Required for
   * the PDF; the bundle's report, which has no clock, leaves it out.
   */
  date?: string;
  /** Who the proposal is for (a share link's name, `--customer`). */
  customer?: string;
  /** Version shown on the cover (the plan's revision, or a label). */
  version?: string;
  /** Keys (`code:targetType:targetId`) of the findings the owner chose to show a customer as points to review. */
  reviewKeys?: string[];
}

/** Everything a section needs, computed once. */
export interface ProposalContext {
  plan: PlanDocument;
  report: Report;
  facts: ProposalFacts;
  t: ProposalTranslator;
  f: Formats;
  audience: Audience;
  options: ProposalOptions;
  /** The findings picked by `options.reviewKeys`, as this evaluation reports them. */
  review: Finding[];
}
