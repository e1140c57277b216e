import { formatNumber, type Locale } from "../../format";
import { say, type Text } from "./text";

/**
 * The unit vocabulary of every numeric field: how a stored value is shown (`factor`), the symbol written after the
 * label ("Active share at peak (%)") and the value, and the noun screen readers hear. One vocabulary, so a value reads
 * the same in the inspector, the workload bar, the advisor and the CLI: a share stored 0–1 is shown in % everywhere.
 */
export interface UnitSpec {
  /** Written after the label in parentheses and after values: "%", "ms", "GB". None for counted things. */
  symbol?: Text;
  /** Said after a value when there is no symbol: "1,000 users". */
  noun?: Text;
  /** The noun for one: "1 user". */
  one?: Text;
  /** Displayed value = stored value × factor (100 for a share stored 0–1 and shown in %). */
  factor: number;
  /** How the stored value is described in API docs when it differs from the display ("share 0–1"). */
  stored?: string;
}

const u = (en: string, fr: string): Text => ({ en, fr });

export const UNITS = {
  count: { factor: 1 },
  user: { noun: u("users", "utilisateurs"), one: u("user", "utilisateur"), factor: 1 },
  token: { noun: u("tokens", "jetons"), one: u("token", "jeton"), factor: 1 },
  document: { noun: u("documents", "documents"), one: u("document", "document"), factor: 1 },
  page: { noun: u("pages", "pages"), one: u("page", "page"), factor: 1 },
  replica: { noun: u("replicas", "réplicas"), one: u("replica", "réplica"), factor: 1 },
  device: { noun: u("devices", "équipements"), one: u("device", "équipement"), factor: 1 },
  sequence: { noun: u("sequences", "séquences"), one: u("sequence", "séquence"), factor: 1 },
  core: { noun: u("cores", "cœurs"), one: u("core", "cœur"), factor: 1 },
  /** A share stored 0–1, shown in %. */
  share: { symbol: u("%", "%"), factor: 100, stored: "share 0–1" },
  percent: { symbol: u("%", "%"), factor: 1 },
  perMinute: { symbol: u("/min", "/min"), factor: 1 },
  perYear: { symbol: u("/year", "/an"), factor: 1 },
  tokensPerSecond: { symbol: u("tok/s", "jetons/s"), factor: 1 },
  requestsPerSecond: { symbol: u("req/s", "req/s"), factor: 1 },
  ms: { symbol: u("ms", "ms"), factor: 1 },
  minutes: { symbol: u("min", "min"), factor: 1 },
  hours: { symbol: u("h", "h"), factor: 1 },
  days: { symbol: u("days", "jours"), factor: 1 },
  months: { symbol: u("months", "mois"), factor: 1 },
  mb: { symbol: u("MB", "Mo"), factor: 1 },
  gb: { symbol: u("GB", "Go"), factor: 1 },
  gbPerMonth: { symbol: u("GB/month", "Go/mois"), factor: 1 },
  gbitPerSecond: { symbol: u("Gbit/s", "Gbit/s"), factor: 1 },
  usd: { symbol: u("USD", "USD"), factor: 1 },
  usdPerMonth: { symbol: u("USD/month", "USD/mois"), factor: 1 },
  usdPerKwh: { symbol: u("USD/kWh", "USD/kWh"), factor: 1 },
  usdPerTbMonth: { symbol: u("USD per TB-month", "USD par To-mois"), factor: 1 },
  watts: { symbol: u("W", "W"), factor: 1 },
  kw: { symbol: u("kW", "kW"), factor: 1 },
  rackUnits: { symbol: u("U", "U"), factor: 1 },
  billionParams: { symbol: u("billion parameters", "milliards de paramètres"), factor: 1 },
  px: { symbol: u("px", "px"), factor: 1 },
} as const satisfies Record<string, UnitSpec>;

export type UnitId = keyof typeof UNITS;

export const unitOf = (id: UnitId | undefined): UnitSpec => (id ? UNITS[id] : UNITS.count);

/** "Active share at peak" + share → "Active share at peak (%)". */
export function labelWithUnit(label: string, unit: UnitSpec, locale: Locale = "en"): string {
  return unit.symbol ? `${label} (${say(unit.symbol, locale)})` : label;
}

/**
 * A displayed value with its unit, as read aloud and in messages: "20%", "1,000 users", "2,000 ms", "3" (French puts a
 * no-break space before every unit: "20 %", "1 000 utilisateurs").
 */
export function valueWithUnit(
  display: number,
  unit: UnitSpec,
  digits: number,
  locale: Locale = "en",
): string {
  const text = formatNumber(display, digits, locale);
  const single = locale === "fr" ? Math.abs(display) < 2 : Math.abs(display) === 1;
  const after = unit.symbol ?? (single ? (unit.one ?? unit.noun) : unit.noun);
  if (!after) return text;
  const word = say(after, locale);
  if (word === "%" && locale === "en") return `${text}%`;
  return `${text}${locale === "fr" ? "\u00a0" : " "}${word}`;
}
