export { renderProposalPdf } from "./render";
export { AUDIENCES, type Audience, type ProposalOptions } from "./input";
export { findingKey, pickFindings, proposalFacts, type ProposalFacts, type Risk } from "./facts";
export { riskText } from "./risk-text";
export {
  isProposalLocale,
  proposalFormats,
  proposalTranslator,
  resolveLocale,
  PROPOSAL_LOCALES,
  type ProposalLocale,
} from "./locale";
export { proposalQuerySchema, type ProposalQuery } from "./query";
