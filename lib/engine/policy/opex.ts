import type { Costs } from "../../plan/workload-schema";
import { withStorageMargin } from "../platform/storage";
import { HOURS_PER_MONTH } from "../platform/workload";

/**
 * The monthly operating-cost terms, one definition each, used by the cost report (every month of the horizon) and
 * the advisor (the serving layer's own monthly cost). Prices come from the plan's `costs` section (dated
 * assumptions, overridable); every result is USD per month.
 */

/** Electricity for an average draw of `averageW` watts: W × 730.5 h / 1000 × PUE × USD/kWh. */
export function energyUsdPerMonth(averageW: number, costs: Pick<Costs, "pue" | "powerUsdPerKwh">): number {
  return ((averageW * HOURS_PER_MONTH) / 1000) * costs.pue * costs.powerUsdPerKwh;
}

/** Colocation of `rackUnits` rack units at the plan's price per rack unit per month. */
export function hostingUsdPerMonth(
  rackUnits: number,
  costs: Pick<Costs, "hostingUsdPerRackUnitMonth">,
): number {
  return rackUnits * costs.hostingUsdPerRackUnitMonth;
}

/** Hardware support and maintenance: `supportPctOfCapexPerYear` % of the CAPEX a year, spread over 12 months. */
export function supportUsdPerMonth(capexUsd: number, costs: Pick<Costs, "supportPctOfCapexPerYear">): number {
  return (capexUsd * costs.supportPctOfCapexPerYear) / 100 / 12;
}

/** CAPEX spread straight-line over the plan's amortisation period. */
export function amortisedUsdPerMonth(capexUsd: number, costs: Pick<Costs, "amortisationMonths">): number {
  return capexUsd / costs.amortisationMonths;
}

export type StorageMedia = keyof Costs["storageUsdPerTbMonth"];

/** Provisioned storage: `gb` of data plus the 30% safety margin (§5), in TB, × the media's price per TB-month. */
export function storageUsdPerMonth(
  gb: number,
  media: StorageMedia,
  costs: Pick<Costs, "storageUsdPerTbMonth">,
): number {
  return (withStorageMargin(gb) / 1000) * costs.storageUsdPerTbMonth[media];
}

/**
 * What owning a piece of hardware costs a month: its CAPEX amortised, its energy at `averageW`, its colocation and
 * its support (the advisor ranks serving options by it before evaluating whole plans).
 */
export function ownershipUsdPerMonth(
  hardware: { capexUsd: number; averageW: number; rackUnits: number },
  costs: Costs,
): number {
  return (
    amortisedUsdPerMonth(hardware.capexUsd, costs) +
    energyUsdPerMonth(hardware.averageW, costs) +
    hostingUsdPerMonth(hardware.rackUnits, costs) +
    supportUsdPerMonth(hardware.capexUsd, costs)
  );
}
