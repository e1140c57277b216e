import {
  energyUsdPerMonth,
  hostingUsdPerMonth,
  powerShare,
  staffUsdPerMonth,
  supportUsdPerMonth,
} from "../policy";
import { COMPUTE_SERVER } from "./cost-inputs";
import type { MonthContext } from "./cost-months";
import type { Demand } from "./workload";

/**
 * One month of a cost series, USD: one-off CAPEX (hardware bought that month), recurring OPEX (power, colocation,
 * support, storage, staff) and cloud/API usage. The plan and both alternatives are priced in this same shape, so a
 * monthly figure can always be read without the one-off purchases.
 */
export interface Series {
  capexUsd: number;
  opexUsd: number;
  cloudUsd: number;
  totalUsd: number;
}

/** The platform's own average draw, W: compute servers at their rated power, component GPUs busy in busy hours. */
export function platformAverageW(ctx: MonthContext): number {
  return ctx.capex.computeServers * COMPUTE_SERVER.powerW + ctx.componentGpuW * powerShare(1, ctx.busy);
}

/**
 * All-cloud alternative of month `m`: the month's token volumes on `reference`'s cloud models (cloud; default the
 * premium reference, or any per-token baseline), and the
 * platform's own non-serving costs in the same series — its compute servers and component GPUs bought in month 0
 * (CAPEX); their power, colocation and support, the storage and the platform staff (OPEX; no GPU-serving staff).
 */
export function cloudAlternative(
  ctx: MonthContext,
  m: number,
  d: Demand,
  storageUsd: number,
  reference: Pick<MonthContext["reference"], "llm" | "embeddings"> = ctx.reference,
): Series {
  const c = ctx.plan.costs;
  const { llm, embeddings } = reference;
  const hardwareUsd = ctx.capex.componentGpuUsd + ctx.capex.computeUsd;
  const ratedW = ctx.capex.computeServers * COMPUTE_SERVER.powerW + ctx.componentGpuW;
  const capexUsd = m === 0 ? hardwareUsd : 0;
  const opexUsd =
    energyUsdPerMonth(platformAverageW(ctx), c) +
    hostingUsdPerMonth(ctx.capex.computeServers * COMPUTE_SERVER.rackUnits, c, ratedW) +
    supportUsdPerMonth(hardwareUsd, c) +
    storageUsd +
    staffUsdPerMonth(c, false);
  const cloudUsd =
    (d.monthlyInputTokens / 1e6) * llm.inputUsdPerMTok +
    (d.monthlyOutputTokens / 1e6) * llm.outputUsdPerMTok +
    (d.monthlyEmbeddingTokens / 1e6) * embeddings.inputUsdPerMTok;
  return { capexUsd, opexUsd, cloudUsd, totalUsd: capexUsd + opexUsd + cloudUsd };
}

/**
 * GPU-rental alternative of month `m`: the plan's own series with the serving hardware rented by the hour instead of
 * bought, powered, hosted and supported (its CAPEX, energy, colocation and support removed; the rent is OPEX): the
 * devices the purchase plan has in service that month (ctx.rentalUsdByMonth, gpuRentalUsdByMonth), so the rent grows
 * as the plan buys.
 */
export function rentalAlternative(
  ctx: MonthContext,
  m: number,
  own: Series,
  servingHardwareUsd: number,
  servingAverageW: number,
): Series {
  const c = ctx.plan.costs;
  const capexUsd = own.capexUsd - servingHardwareUsd;
  const opexUsd =
    own.opexUsd -
    hostingUsdPerMonth(ctx.capex.servingRackUnits, c, ctx.servingRatedW) -
    energyUsdPerMonth(servingAverageW, c) -
    supportUsdPerMonth(ctx.capex.servingUsd, c) +
    (ctx.rentalUsdByMonth[m] ?? 0);
  return { capexUsd, opexUsd, cloudUsd: own.cloudUsd, totalUsd: capexUsd + opexUsd + own.cloudUsd };
}
