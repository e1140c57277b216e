/**
 * Numbers as text, both ways, shared by the UI, the CLI and the reports (one place, so "1.2 TB" reads the same
 * everywhere and every number field reads "1 234,5" the same way). Pure. Output defaults to English; French output
 * keeps the no-break and narrow no-break spaces Intl gives ("1 234,5 €"), so a figure never wraps mid-number.
 */

/** The languages the interface is written in (labels and help texts carry both). */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", fr: "fr-FR" };

// Intl formatters are costly to build (a profile of the dashboard showed it): one per locale, digit count, currency.
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
const CURRENCY_FORMATS = new Map<string, Intl.NumberFormat>();

function nf(digits: number, locale: Locale = "en"): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = NUMBER_FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    NUMBER_FORMATS.set(key, f);
  }
  return f;
}

function currencyFormat(currency: string, digits: number, locale: Locale = "en"): Intl.NumberFormat {
  const key = `${locale}:${currency}:${digits}`;
  let f = CURRENCY_FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    CURRENCY_FORMATS.set(key, f);
  }
  return f;
}

/** "1,234.5" (English) or "1 234,5" (French, with a no-break space), at most `digits` decimals. */
export function formatNumber(x: number, digits = 0, locale: Locale = "en"): string {
  return Number.isFinite(x) ? nf(digits, locale).format(x) : "—";
}

/** Between a number and its unit: a space in English, a no-break space in French ("12\u00a0ms"). */
const unitGap = (locale: Locale) => (locale === "fr" ? "\u00a0" : " ");

/** Unit symbols that French writes differently (octets, jetons); the rest are international. */
const FRENCH_UNITS: Record<string, string> = { GB: "Go", TB: "To", "tok/s": "jetons/s" };
const withUnit = (text: string, unit: string, locale: Locale) =>
  `${text}${unitGap(locale)}${locale === "fr" ? (FRENCH_UNITS[unit] ?? unit) : unit}`;

/** Sensible precision: 3 significant figures below 100, integers above. */
export function formatCompact(x: number, locale: Locale = "en"): string {
  if (!Number.isFinite(x)) return "—";
  const abs = Math.abs(x);
  if (abs === 0) return "0";
  if (abs >= 100) return formatNumber(Math.round(x), 0, locale);
  if (abs >= 10) return formatNumber(x, 1, locale);
  if (abs >= 1) return formatNumber(x, 2, locale);
  return formatNumber(x, 3, locale);
}

/** GB → "740 GB", "1.2 TB", "16.1 TB" (decimal units; "1,2 To" in French). */
export function formatGb(gb: number, locale: Locale = "en"): string {
  if (!Number.isFinite(gb)) return "—";
  if (Math.abs(gb) >= 1000)
    return withUnit(formatNumber(gb / 1000, gb >= 10_000 ? 1 : 2, locale), "TB", locale);
  return withUnit(formatCompact(gb, locale), "GB", locale);
}

/**
 * How a plan shows money: the engine computes in USD, the plan names its display currency and the rate it uses
 * (metadata.currency, metadata.usdToCurrencyRate; defaults from lib/catalog/exchange-rates.ts).
 */
export interface Money {
  currency: string;
  /** Units of `currency` for 1 USD. */
  usdToCurrencyRate: number;
}
export const USD: Money = { currency: "USD", usdToCurrencyRate: 1 };

/** The one conversion from the engine's USD to the plan's currency (every money figure shown goes through it). */
export function toPlanCurrency(usd: number, money: Money = USD): number {
  return usd * money.usdToCurrencyRate;
}

/**
 * A USD amount in the plan's currency and the locale's format: "$453,000", "€900", "453 000 €" (French puts the
 * symbol after, with no-break spaces as Intl gives them). Whole units from 100 up, cents below.
 */
export function formatMoney(usd: number, money: Money = USD, locale: Locale = "en"): string {
  if (!Number.isFinite(usd)) return "—";
  const value = toPlanCurrency(usd, money);
  return currencyFormat(money.currency, Math.abs(value) >= 100 ? 0 : 2, locale).format(value);
}

/** formatMoney with the currency and rate as separate arguments (the charts' props carry them that way). */
export function formatUsd(usd: number, currency = "USD", rate = 1, locale: Locale = "en"): string {
  return formatMoney(usd, { currency, usdToCurrencyRate: rate }, locale);
}

/** The currency's symbol in the locale ("€", "$", "£", "CHF"), for axis titles and units like "€/month". */
export function currencySymbol(currency: string, locale: Locale = "en"): string {
  const part = currencyFormat(currency, 0, locale)
    .formatToParts(0)
    .find((p) => p.type === "currency");
  return part?.value ?? currency;
}

export function formatTokensPerSecond(x: number, locale: Locale = "en"): string {
  return withUnit(formatCompact(x, locale), "tok/s", locale);
}

export function formatMs(ms: number, locale: Locale = "en"): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms >= 10_000) return withUnit(formatNumber(ms / 1000, 1, locale), "s", locale);
  return withUnit(formatCompact(ms, locale), "ms", locale);
}

/** A share 0–1 as a percentage: "85%", "85 %" in French (Intl's narrow no-break space). */
export function formatPct(share: number, digits = 0, locale: Locale = "en"): string {
  if (!Number.isFinite(share)) return "—";
  return `${formatNumber(share * 100, digits, locale)}${locale === "fr" ? "\u202f%" : "%"}`;
}

export function formatWatts(w: number, locale: Locale = "en"): string {
  return w >= 10_000
    ? withUnit(formatNumber(w / 1000, 1, locale), "kW", locale)
    : withUnit(formatNumber(w, 0, locale), "W", locale);
}

/** A date (ISO text or Date) in the locale: "3 Dec 2026, 10:44" / "3 déc. 2026, 10:44" (UTC unless told). */
export function formatDateTime(
  when: string | Date,
  locale: Locale = "en",
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
): string {
  const date = typeof when === "string" ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", options).format(date);
}

/** A calendar date only ("28 Feb 2025" / "28 févr. 2025"), e.g. a price or exchange-rate date. */
export function formatDate(when: string | Date, locale: Locale = "en"): string {
  return formatDateTime(when, locale, { dateStyle: "medium", timeZone: "UTC" });
}

/** What a number field holds: nothing, a number, or text that is not a number. */
export type ParsedNumber = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid" };

/** Characters that group thousands in both languages: spaces (also no-break and thin ones), "_" and "'". */
const GROUP_CHARS = /[\s\u00a0\u202f\u2009_']/;

/**
 * The one parser for numbers people type (every form field and the CLI's flags). The rule, for English and French:
 * - spaces (also no-break and thin spaces), "_" and "'" group thousands in both languages: "20 000", "1_000";
 * - when both "." and "," occur, the last one is the decimal separator and the other groups thousands:
 *   "1,234.5" and "1.234,5" are both 1234.5;
 * - a separator that occurs more than once groups thousands: "1,000,000", "1.000.000";
 * - a single "," or "." is the decimal separator ("2,5" = "2.5" = 2.5) — except in English, where a single ","
 *   between one to three digits (the first not 0) and exactly three digits groups thousands: "20,000" is 20000 in
 *   English and 20 in French, "0,125" and "1234,567" are decimals in both;
 * - grouped digits come in threes after the first group ("1,00,000" is not a number), the fraction is not grouped;
 * - a leading sign ("-", "+" or "−") and an exponent ("1e6") are accepted; anything else is not a number.
 * Empty text (or only spaces) is "empty": whether that is allowed is the field's business.
 */
export function parseNumber(text: string, locale: Locale = "en"): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const m = /^([-+\u2212]?)(.*?)(e[-+]?\d+)?$/i.exec(trimmed);
  const body = m?.[2] ?? "";
  if (!/^[\d.,\s\u00a0\u202f\u2009_']+$/.test(body)) return { kind: "invalid" };
  const decimal = decimalSeparator(body, locale);
  if (decimal === "invalid") return { kind: "invalid" };
  const [whole = "", fraction = ""] = decimal === null ? [body] : body.split(decimal);
  const digits = groupedDigits(whole);
  if (digits === null || !/^\d*$/.test(fraction) || digits + fraction === "") return { kind: "invalid" };
  const sign = m?.[1] === "" || m?.[1] === "+" ? "" : "-";
  const value = Number(`${sign}${digits || "0"}.${fraction || "0"}${m?.[3] ?? ""}`);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
}

/** Which of "." and "," is the decimal separator of `body` (null: none), per the rule of `parseNumber`. */
function decimalSeparator(body: string, locale: Locale): "." | "," | null | "invalid" {
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots > 0 && commas > 0) {
    const last = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    return (last === "." ? dots : commas) === 1 ? last : "invalid";
  }
  if (dots + commas === 0) return null;
  if (dots > 1 || commas > 1) return null;
  const sep = dots === 1 ? "." : ",";
  const [whole = "", fraction = ""] = body.split(sep);
  const thousands =
    locale === "en" && sep === "," && /^\d{3}$/.test(fraction) && /^[1-9]\d{0,2}$/.test(whole);
  return thousands ? null : sep;
}

/** The digits of a whole part whose groups are split by "." "," or GROUP_CHARS; null when the groups are not threes. */
function groupedDigits(whole: string): string | null {
  const groups = whole.split(new RegExp(`[.,]|${GROUP_CHARS.source}`));
  if (groups.length === 1) return /^\d*$/.test(whole) ? whole : null;
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  return groups.join("");
}

/**
 * A number as an editable field's text: no grouping (the caret never jumps over separators), the locale's decimal
 * separator, float noise removed ("0.1 + 0.2" shows 0.3).
 */
export function formatNumberInput(x: number, locale: Locale = "en"): string {
  if (!Number.isFinite(x)) return "";
  const text = String(Number(x.toPrecision(12)));
  return locale === "fr" ? text.replace(".", ",") : text;
}
