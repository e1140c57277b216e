import type { Report } from "./report-schema";

/**
 * The plan's headline quantities as every screen reads them (the editor's key-figures strip and dashboard, the
 * scenario comparison, the advisor's "current design", the report). No formula here: each one is a field the engine
 * computed once in the report (lib/engine/platform/cost.ts, lib/engine/platform/storage.ts), so two screens showing
 * "monthly cost" show the same number under the same name.
 */

/** N of "monthly run cost (OPEX, month N)": the report's `cost.runCostMonth` (month 0, see RUN_COST_MONTH). */
export function runCostMonth(report: Pick<Report, "cost">): number {
  return report.cost.runCostMonth;
}

/**
 * Monthly run cost (OPEX, month N), USD: OPEX (power, hosting, support, storage, staff) + cloud bills (tokens, managed
 * services) of month N, CAPEX excluded — the report's `cost.monthlyRunCostUsd`.
 */
export function monthlyRunCostUsd(report: Pick<Report, "cost">): number {
  return report.cost.monthlyRunCostUsd;
}

/** H of "monthly cost with CAPEX amortised over H months": the plan's amortisation period, as the report used it. */
export function amortisationMonths(report: Pick<Report, "cost">): number {
  return report.cost.amortisationMonths;
}

/**
 * Monthly cost with CAPEX amortised over H months, USD: the run cost plus month N's straight-line depreciation of
 * every purchase made so far — the report's `cost.monthlyCostAmortisedUsd`, the measure the advisor ranks options by.
 */
export function amortisedMonthlyCostUsd(report: Pick<Report, "cost">): number {
  return report.cost.monthlyCostAmortisedUsd;
}

/** Storage provisioned, GB: every component's volumes (replicas × per-replica storage), `storage.provisionedGb`. */
export function storageProvisionedGb(report: Pick<Report, "storage">): number {
  return report.storage.provisionedGb;
}

/**
 * Data stored at month N, GB, with N: the stores' data in the horizon's last month (storage months run 0…H), without
 * the safety margin — `storage.dataStoredGb` / `storage.dataStoredMonth`.
 */
export function dataStoredAtHorizon(report: Pick<Report, "storage">): { month: number; gb: number } {
  return { month: report.storage.dataStoredMonth, gb: report.storage.dataStoredGb };
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
