import type { Finding, FindingParams, ServingReport } from "../engine/report-schema";
import { DEFAULT_INTER_NODE } from "../engine/llm/parallelism";
import { formatGb } from "../format";
import type { Locale } from "./locale";
import { looseTranslator } from "./translate";

/** A finding as a reader sees it, in one language. */
export interface RenderedFinding {
  message: string;
  fix: string;
}

/**
 * Sizes (`…Gb`) become text with their unit ("1.2 TB" / "1,2 To"); other numbers stay numbers, so the catalog
 * formats them with the locale's digits (`{users, number}`) and can choose plural forms (`{n, plural, …}`).
 */
function localParams(params: FindingParams, locale: Locale): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === "number" && k.endsWith("Gb") ? formatGb(v, locale) : v,
    ]),
  );
}

/**
 * Names the engine gives to things it assumed (English, in params) → the code a finding's entry spells out
 * (`<code>.<param>.<value>`): the fabric assumed between servers reads "100 GbE (supposé)" in French.
 */
const ASSUMED_NAMES: Record<string, Record<string, string>> = {
  link: { [DEFAULT_INTER_NODE.name]: "assumed" },
};

/** Params naming an assumed thing become its code when the finding's entry words that code (else unchanged). */
function assumedParams(
  code: string,
  values: Record<string, string | number>,
  t: ReturnType<typeof looseTranslator>,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const assumed = typeof v === "string" ? ASSUMED_NAMES[k]?.[v] : undefined;
      return [k, assumed && t.has(`${code}.${k}.${assumed}`) ? assumed : v];
    }),
  );
}

/**
 * Params whose value is a code the finding's entry spells out (`<code>.<param>.<value>`, e.g. the latency rule's
 * `impact` or a flow's `why`) become that text in `locale`, filled with the same params; the engine keeps codes in
 * params so no English sentence reaches a French reader.
 */
function spelledParams(
  code: string,
  values: Record<string, string | number>,
  t: ReturnType<typeof looseTranslator>,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const key = `${code}.${k}.${v}`;
      return [k, typeof v === "string" && t.has(key) ? t(key, values) : v];
    }),
  );
}

/**
 * A finding's message and fix in `locale`, from messages/<locale>/findings.json (`<code>.message`, `<code>.fix`)
 * filled with the finding's params. The code stays the stable identifier; a finding without params or without a
 * catalog entry keeps the engine's English text (never an empty or half-filled message). Pure: the UI, the report
 * and the PDF call it alike.
 */
export function renderFinding(
  finding: Pick<Finding, "code" | "message" | "fix" | "params">,
  locale: Locale,
): RenderedFinding {
  const t = looseTranslator(locale, "findings");
  const code = finding.code;
  if (!finding.params || !t.has(`${code}.message`)) return { message: finding.message, fix: finding.fix };
  const values = spelledParams(code, assumedParams(code, localParams(finding.params, locale), t), t);
  return { message: t(`${code}.message`, values), fix: t(`${code}.fix`, values) };
}

/**
 * Why a serving node meets or misses the SLOs, in `locale` (findings.json `slo-not-met.reason.<code>`, the same
 * words as the slo-not-met finding); a report without the code (older engine) keeps its English sentence.
 */
export function renderSloReason(
  s: Pick<ServingReport, "sloReason" | "sloReasonCode" | "sloReasonParams">,
  locale: Locale,
): string {
  const t = looseTranslator(locale, "findings");
  const key = `slo-not-met.reason.${s.sloReasonCode}`;
  return s.sloReasonCode && t.has(key) ? t(key, s.sloReasonParams ?? {}) : s.sloReason;
}
