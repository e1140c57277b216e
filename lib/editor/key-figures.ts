import {
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
import type { PlanDocument } from "../plan/plan-schema";

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
  /** Data stored in the horizon's last month, and that month; null without storage months. */
  dataStored: { month: number; gb: number } | null;
}

/** The labels, with their month / period filled in: the same words on every screen. */
export const keyFigureLabels = {
  monthlyRunCost: (k: Pick<KeyFiguresData, "runCostMonth">) =>
    `Monthly run cost (OPEX, month ${k.runCostMonth})`,
  amortisedMonthlyCost: (k: Pick<KeyFiguresData, "amortisationMonths">) =>
    `Monthly cost with CAPEX amortised over ${k.amortisationMonths} months`,
  tco: (k: Pick<KeyFiguresData, "horizonMonths">) => `${k.horizonMonths}-month TCO`,
  gpus: () => "GPUs / Macs",
  slo: () => "Latency SLOs",
  storageProvisioned: () => "Storage provisioned",
  dataStored: (k: Pick<KeyFiguresData, "dataStored">) => `Data stored at month ${k.dataStored?.month ?? 0}`,
} as const;

export const SLO_TEXT: Record<SloStatus, string> = {
  met: "Met at peak",
  missed: "Missed at peak",
  none: "No model served",
};

const cache = new WeakMap<Report, Map<number, KeyFiguresData>>();

/**
 * The key figures of `report` for a plan amortising CAPEX over `amortisationMonths`. Memoised per report object (the
 * store keeps one report per document), so selectors that call it on every store change return the same object.
 */
export function keyFiguresOf(report: Report, amortisationMonths: number): KeyFiguresData {
  let byPeriod = cache.get(report);
  if (!byPeriod) cache.set(report, (byPeriod = new Map()));
  const hit = byPeriod.get(amortisationMonths);
  if (hit) return hit;
  const figures: KeyFiguresData = {
    monthlyRunCostUsd: monthlyRunCostUsd(report),
    runCostMonth: runCostMonth(report),
    amortisedMonthlyCostUsd: amortisedMonthlyCostUsd(report, amortisationMonths),
    amortisationMonths,
    tcoUsd: report.cost.tcoUsd,
    // The TCO's period: the months it sums (the plan's horizon).
    horizonMonths: report.cost.monthly.length,
    gpus: gpuCount(report),
    slo: sloStatus(report),
    storageProvisionedGb: storageProvisionedGb(report),
    dataStored: dataStoredAtHorizon(report),
  };
  byPeriod.set(amortisationMonths, figures);
  return figures;
}

/** Store selector: the key figures of the store's current report (null before the first report). */
export function selectKeyFigures(state: {
  report: Report | null;
  doc: Pick<PlanDocument, "costs">;
}): KeyFiguresData | null {
  return state.report ? keyFiguresOf(state.report, state.doc.costs.amortisationMonths) : null;
}
