import { createTranslator } from "next-intl";
import enCustomer from "@/messages/en/customer.json";
import frCustomer from "@/messages/fr/customer.json";
import { proposalTranslator, type ProposalLocale } from "@/lib/export/pdf/locale";

/**
 * The customer view's words: its own namespace (`customer`) plus the proposal's sentences (`proposal`: summary,
 * risks), so the page and the PDF say the same thing. next-intl's createTranslator over the message files, usable
 * in server components without a provider.
 */
const CUSTOMER_MESSAGES = { en: enCustomer, fr: frCustomer } as const;

export function customerTranslators(locale: ProposalLocale) {
  return {
    t: createTranslator({ locale, messages: { customer: CUSTOMER_MESSAGES[locale] }, namespace: "customer" }),
    p: proposalTranslator(locale),
  };
}
export type CustomerTranslators = ReturnType<typeof customerTranslators>;
