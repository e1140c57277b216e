import { LOCALES, type Locale } from "../format";

export { LOCALES, type Locale } from "../format";

/** English when nothing else is known: the e2e specs and the API's own texts are English. */
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switch writes (the name next-intl's own routing uses, so tools recognise it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** One year: a language choice is a lasting preference. */
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * The languages of an Accept-Language header (RFC 9110 §12.5.4), best first: "fr-FR,fr;q=0.9,en;q=0.8" gives
 * fr-FR, fr, en. Entries with q=0 are refused languages; malformed q values count as 1.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 1, index };
    })
    .filter((l) => l.tag !== "" && l.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((l) => l.tag);
}

/**
 * The interface language: the saved choice (cookie) wins, else the first language of the browser that the
 * interface speaks (by primary subtag: "fr-CA" → fr; "*" → the default), else English.
 */
export function negotiateLocale(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(cookie)) return cookie;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
    if (primary === "*") return DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}
