import { STORES, type Report, type StoreId } from "@/lib/engine/report-schema";
import { formatGb, formatNumber, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/** One month of the storage chart: GB per store (stacked), the total and the total with the safety margin. */
export type StorageRow = { month: number; users: number; totalGb: number; withMarginGb: number } & Record<
  StoreId,
  number
>;

/** Storage months → chart rows (one per month of the horizon, month 0 = today). */
export function storageRows(report: Report): StorageRow[] {
  return report.storage.months.map((m) => ({
    month: m.month,
    users: m.users,
    totalGb: m.totalGb,
    withMarginGb: m.withMarginGb,
    ...m.byStore,
  }));
}

/** Stores that hold anything over the horizon (the legend leaves out the empty ones), in `STORES` order. */
export function activeStores(rows: StorageRow[]): StoreId[] {
  return STORES.filter((s) => rows.some((r) => r[s] > 0));
}

/** One-sentence summary for screen readers and the chart caption. */
export function storageSummary(report: Report, locale: Locale = "en"): string {
  const say = translator(locale, "charts");
  const months = report.storage.months;
  const first = months[0];
  const last = months[months.length - 1];
  const margin = formatNumber(report.storage.marginPct, 0, locale);
  if (!first || !last) return say("storage.summaryNone");
  if (first === last)
    return say("storage.summaryFlat", { total: formatGb(first.withMarginGb, locale), margin });
  return say("storage.summaryGrowth", {
    today: formatGb(first.withMarginGb, locale),
    last: formatGb(last.withMarginGb, locale),
    month: formatNumber(last.month, 0, locale),
    users: formatNumber(last.users, 0, locale),
    margin,
  });
}
