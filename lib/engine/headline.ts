import type { Report } from "./report-schema";

/**
 * The plan's headline quantities, each defined once here and read by every screen (the editor's key-figures strip
 * and dashboard, the scenario comparison, the advisor's "current design", the report). One definition per
 * quantity: two screens showing "monthly cost" must show the same number.
 */

/**
 * The month whose bills stand for "the monthly run cost": month 1, the first month after the purchase month
 * (month 0 carries the CAPEX and no growth yet); month 0 when the horizon is a single month.
 */
export function runCostMonth(report: Pick<Report, "cost">): number {
  return report.cost.monthly[1]?.month ?? report.cost.monthly[0]?.month ?? 0;
}

/**
 * Monthly run cost, USD: OPEX (power, hosting, support, storage, staff) + cloud bills (tokens, managed services)
 * of month `runCostMonth(report)`. CAPEX excluded (see `amortisedMonthlyCostUsd`). 0 for an empty horizon.
 */
export function monthlyRunCostUsd(report: Pick<Report, "cost">): number {
  const month = report.cost.monthly.find((m) => m.month === runCostMonth(report));
  return month ? round2(month.opexUsd + month.cloudUsd) : 0;
}

/**
 * Monthly cost with the CAPEX amortised, USD: the run cost plus CAPEX / `amortisationMonths` (straight line, the
 * policy's `amortisedUsdPerMonth`). The measure the advisor ranks options by.
 */
export function amortisedMonthlyCostUsd(report: Pick<Report, "cost">, amortisationMonths: number): number {
  if (!(amortisationMonths >= 1))
    throw new RangeError(`amortisationMonths must be ≥ 1, got ${amortisationMonths}`);
  return round2(monthlyRunCostUsd(report) + report.cost.capexUsd / amortisationMonths);
}

/** Storage provisioned, GB: the sum of every component's volumes (replicas × per-replica storage). */
export function storageProvisionedGb(report: Pick<Report, "totals">): number {
  return report.totals.storageGb;
}

/**
 * Data stored at the horizon, GB: the stores' data in month H (storage months run 0…H) (without the safety margin),
 * with that month. `null` when the report has no storage months.
 */
export function dataStoredAtHorizon(report: Pick<Report, "storage">): { month: number; gb: number } | null {
  const last = report.storage.months[report.storage.months.length - 1];
  return last ? { month: last.month, gb: last.totalGb } : null;
}

/** GPUs (and Macs) the design runs: serving nodes and components with GPUs (the report's total). */
export function gpuCount(report: Pick<Report, "totals">): number {
  return report.totals.gpus;
}

export type SloStatus = "met" | "missed" | "none";

/** Whether every serving node meets its latency SLO at peak ("none": the plan serves no model). */
export function sloStatus(report: Pick<Report, "serving">): SloStatus {
  if (report.serving.length === 0) return "none";
  return report.serving.every((s) => s.meetsSlo) ? "met" : "missed";
}

const round2 = (x: number) => Math.round(x * 100) / 100;
