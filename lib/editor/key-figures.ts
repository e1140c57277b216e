import type { Locale } from "../i18n/locale";
import { looseTranslator } from "../i18n/translate";
import {
  amortisationMonths,
  amortisedMonthlyCostUsd,
  dataStoredAtHorizon,
  gpuCount,
  monthlyRunCostUsd,
  runCostMonth,
  sloStatus,
  storageProvisionedGb,
  type SloStatus,
} from "../engine/headline";
import type { Report } from "../engine/report-schema";

/**
 * The plan's key figures as every editor screen shows them: the key-figures strip, the dashboard, the advisor's and
 * the scenarios' "current design". One selector, one set of labels — so a quantity has one number and one name
 * wherever it appears. The quantities themselves are defined in lib/engine/headline.ts.
 */
export interface KeyFiguresData {
  monthlyRunCostUsd: number;
  /** The month the run cost is taken from (the "N" of "month N"). */
  runCostMonth: number;
  amortisedMonthlyCostUsd: number;
  amortisationMonths: number;
  tcoUsd: number;
  /** Months the TCO sums. */
  horizonMonths: number;
  gpus: number;
  slo: SloStatus;
  storageProvisionedGb: number;
  /** Data stored in the horizon's last month, and that month. */
  dataStored: { month: number; gb: number };
}

/** The labels, with their month / period filled in: the same words on every screen. */
/**
 * The labels of the key figures, in the interface language (messages/<locale>/charts.json `keyFigures`): the same
 * words on the strip, the dashboard, the advisor's and the scenarios' "current design".
 */
export const keyFigureLabels = {
  monthlyRunCost: (k: Pick<KeyFiguresData, "runCostMonth">, locale: Locale = "en") =>
    say(locale)("monthlyRun", { month: k.runCostMonth }),
  amortisedMonthlyCost: (k: Pick<KeyFiguresData, "amortisationMonths">, locale: Locale = "en") =>
    say(locale)("amortised", { months: k.amortisationMonths }),
  tco: (k: Pick<KeyFiguresData, "horizonMonths">, locale: Locale = "en") =>
    say(locale)("tcoMonths", { months: k.horizonMonths }),
  gpus: (locale: Locale = "en") => say(locale)("gpus"),
  slo: (locale: Locale = "en") => say(locale)("slo"),
  storageProvisioned: (locale: Locale = "en") => say(locale)("storageProvisioned"),
  dataStored: (k: Pick<KeyFiguresData, "dataStored">, locale: Locale = "en") =>
    say(locale)("dataStored", { month: k.dataStored?.month ?? 0 }),
} as const;

const SLO_KEY = { met: "sloMet", missed: "sloMissed", none: "sloNone" } as const;

/** What the SLO status says, in the interface language. */
export const sloText = (status: SloStatus, locale: Locale = "en") => say(locale)(SLO_KEY[status]);

/** One translator per locale, made once: the labels are read on every store change. */
const translators = new Map<Locale, ReturnType<typeof looseTranslator>>();
const say = (locale: Locale) => {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = looseTranslator(locale, "charts")));
  const translate = t;
  return (key: string, values?: Record<string, string | number>) => translate(`keyFigures.${key}`, values);
};

const cache = new WeakMap<Report, KeyFiguresData>();

/**
 * The key figures of `report`, every one a field of the report (lib/engine/headline.ts): no second formula. Memoised
 * per report object (the store keeps one report per document), so selectors that call it on every store change
 * return the same object.
 */
export function keyFiguresOf(report: Report): KeyFiguresData {
  const hit = cache.get(report);
  if (hit) return hit;
  const figures: KeyFiguresData = {
    monthlyRunCostUsd: monthlyRunCostUsd(report),
    runCostMonth: runCostMonth(report),
    amortisedMonthlyCostUsd: amortisedMonthlyCostUsd(report),
    amortisationMonths: amortisationMonths(report),
    tcoUsd: report.cost.tcoUsd,
    // The TCO's period: the months it sums (the plan's horizon).
    horizonMonths: report.cost.monthly.length,
    gpus: gpuCount(report),
    slo: sloStatus(report),
    storageProvisionedGb: storageProvisionedGb(report),
    dataStored: dataStoredAtHorizon(report),
  };
  cache.set(report, figures);
  return figures;
}

/** Store selector: the key figures of the store's current report (null before the first report). */
export function selectKeyFigures(state: { report: Report | null }): KeyFiguresData | null {
  return state.report ? keyFiguresOf(state.report) : null;
}
