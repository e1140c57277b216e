import type { AdviseOption, Exclusion } from "../engine/advisor/advise-schema";
import type { Finding } from "../engine/report-schema";
import type { PlanNode } from "../plan/node-schema";
import { aiNodeDescriptionParams, type AiNodeDescription } from "../plan/scenarios";
import { renderFinding } from "./findings";
import type { Locale } from "./locale";
import { looseTranslator } from "./translate";

/**
 * An advisor option's description in `locale` (messages/<locale>/advisor.json `describe.*`), from its AI nodes;
 * the English equals the engine's `description` (describeAiNodes). Pure: the panel, the report and the PDF alike.
 */
export function renderOptionDescription(nodes: PlanNode[], locale: Locale): string {
  return renderDescriptionParts(nodes.map(aiNodeDescriptionParams), locale);
}

/**
 * AI nodes already reduced to description forms and params (a scenario comparison row's `descriptionParts`), in
 * `locale`: the words of renderOptionDescription.
 */
export function renderDescriptionParts(parts: readonly AiNodeDescription[], locale: Locale): string {
  const t = looseTranslator(locale, "advisor");
  return parts.map((d) => t(`describe.${d.form}`, d.values)).join(" + ");
}

/**
 * Why an option is excluded, in `locale` (advisor.json `exclusions.<code>` filled with the exclusion's params).
 * An error finding is worded as the findings themselves (renderFinding on the option's error findings); an
 * exclusion without params (an answer from an older engine) keeps its English reason.
 */
export function renderExclusion(x: Exclusion, findings: Finding[], locale: Locale): string {
  if (x.code === "error-finding") {
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length) return errors.map((f) => renderFinding(f, locale).message).join("; ");
  }
  const t = looseTranslator(locale, "advisor");
  if (!x.params || !t.has(`exclusions.${x.code}`)) return x.reason;
  return t(`exclusions.${x.code}`, x.params);
}

/**
 * Why an option was chosen or where it stands, in `locale` (advisor.json `reasons.<code>`); an answer without
 * reason details (an older engine) keeps its English reasons.
 */
export function renderOptionReasons(option: AdviseOption, locale: Locale): string[] {
  if (!option.reasonDetails) return option.reasons;
  const t = looseTranslator(locale, "advisor");
  return option.reasonDetails.map((r) => t(`reasons.${r.code}`, r.params));
}
