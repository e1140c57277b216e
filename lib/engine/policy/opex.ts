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

/**
 * Colocation of `rackUnits` rack units drawing at most `ratedW` watts: U × the price per rack unit per month, plus
 * kW × the price per kW per month (colocation sold by power; 0 by default: space pricing only).
 */
export function hostingUsdPerMonth(
  rackUnits: number,
  costs: Pick<Costs, "hostingUsdPerRackUnitMonth" | "hostingUsdPerKwMonth">,
  ratedW = 0,
): number {
  return rackUnits * costs.hostingUsdPerRackUnitMonth + (ratedW / 1000) * costs.hostingUsdPerKwMonth;
}

/**
 * Operations staff a month: (platform FTE + serving FTE when the plan self-hosts a model) × the fully loaded cost
 * per FTE-year ÷ 12, plus the flat "other staff cost". Defaults 0.25 + 0.25 FTE at 150,000 USD a year ([planner]
 * assumption, editable per plan).
 */
export function staffUsdPerMonth(
  costs: Pick<Costs, "platformStaffFte" | "servingStaffFte" | "staffUsdPerFteYear" | "staffUsdPerMonth">,
  selfHostedServing: boolean,
): number {
  const fte = costs.platformStaffFte + (selfHostedServing ? costs.servingStaffFte : 0);
  return (fte * costs.staffUsdPerFteYear) / 12 + costs.staffUsdPerMonth;
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
  hardware: { capexUsd: number; averageW: number; rackUnits: number; ratedW?: number },
  costs: Costs,
): number {
  return (
    amortisedUsdPerMonth(hardware.capexUsd, costs) +
    energyUsdPerMonth(hardware.averageW, costs) +
    hostingUsdPerMonth(hardware.rackUnits, costs, hardware.ratedW) +
    supportUsdPerMonth(hardware.capexUsd, costs)
  );
}
