import { STORES, type Report, type StoreId } from "@/lib/engine/report-schema";
import { formatGb, formatNumber } from "@/lib/format";

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
export function storageSummary(report: Report): string {
  const months = report.storage.months;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return "No storage months to show.";
  if (first === last) return `${formatGb(first.withMarginGb)} with the ${report.storage.marginPct}% margin.`;
  return `${formatGb(first.withMarginGb)} today growing to ${formatGb(last.withMarginGb)} by month ${formatNumber(
    last.month,
  )} (${formatNumber(last.users)} users), including the ${report.storage.marginPct}% margin.`;
}
