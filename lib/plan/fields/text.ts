import type { Locale } from "../../format";

export type { Locale } from "../../format";

/**
 * A text in every language of the interface. Labels and help texts are stored in both now; issue 13 wires the
 * language choice (until then the UI reads English).
 */
export interface Text {
  en: string;
  fr: string;
}

/** The text in `locale`. */
export const say = (text: Text, locale: Locale = "en"): string => text[locale];
