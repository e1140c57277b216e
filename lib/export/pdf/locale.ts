import { createTranslator } from "next-intl";
import enProposal from "../../../messages/en/proposal.json";
import frProposal from "../../../messages/fr/proposal.json";
import { formatMoney } from "../../format";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * Language and money of a proposal (the PDF and the customer view): the plan's language and currency, formatted
 * with the locale's conventions (`1 234,5 €` in French). The translator is next-intl's `createTranslator` over this
 * feature's own message files, so pure code (the PDF in a worker thread, the CLI) needs no provider.
 */
import { PROPOSAL_LOCALES, type ProposalLocale } from "./constants";

export { PROPOSAL_LOCALES, type ProposalLocale };

export const PROPOSAL_MESSAGES = { en: enProposal, fr: frProposal } as const;

export function isProposalLocale(value: unknown): value is ProposalLocale {
  return typeof value === "string" && (PROPOSAL_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale to use: an explicit choice (`?lang=`, CLI `--lang`), else the plan's language setting when the plan
 * has one, else the first supported language of an Accept-Language header, else English.
 */
export function resolveLocale(
  plan: Pick<PlanDocument, "metadata"> | null,
  choice?: string | null,
  acceptLanguage?: string | null,
): ProposalLocale {
  if (isProposalLocale(choice)) return choice;
  const planLanguage = (plan?.metadata as Record<string, unknown> | undefined)?.language;
  if (isProposalLocale(planLanguage)) return planLanguage;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim().toLowerCase().split("-")[0];
    if (isProposalLocale(tag)) return tag;
  }
  return "en";
}

export function proposalTranslator(locale: ProposalLocale) {
  return createTranslator({
    locale,
    messages: { proposal: PROPOSAL_MESSAGES[locale] },
    namespace: "proposal",
  });
}
export type ProposalTranslator = ReturnType<typeof proposalTranslator>;

/** How figures of one proposal are written: the plan's currency and rate, the locale's separators. */
export interface Formats {
  locale: ProposalLocale;
  /** An amount given in USD, converted with the plan's dated rate and written in its currency. */
  money(usd: number): string;
  number(value: number, maxFractionDigits?: number): string;
  percent(share: number): string;
  date(isoDate: string): string;
}

export function proposalFormats(plan: Pick<PlanDocument, "metadata">, locale: ProposalLocale): Formats {
  const { currency, usdToCurrencyRate } = plan.metadata;
  const zero = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
  }).format(0);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    locale,
    // The one conversion (lib/format.ts): whole units from 100 up, cents below (0.62 € per million tokens).
    // A line with nothing to pay reads "0 €", not "0,00 €".
    money: (usd) => (usd === 0 ? zero : formatMoney(usd, { currency, usdToCurrencyRate }, locale)),
    number: (value, digits = 1) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    percent: (share) => percent.format(share),
    date: (isoDate) => dates.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
  };
}
