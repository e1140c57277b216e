import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import {
  averagePowerW,
  energyUsdPerMonth,
  hostingUsdPerMonth,
  powerShare,
  staffUsdPerMonth,
  storageUsdPerMonth,
  supportUsdPerMonth,
  type StorageMedia,
} from "../policy";
import type { Purchase, Report, ServingReport, StoreId } from "../report-schema";
import { cloudAlternative, platformAverageW, rentalAlternative, type Series } from "./cost-alternatives";
import type { Capex } from "./cost-capex";
import { replicasInService } from "./cost-purchases";
import {
  API_BASELINES,
  cloudPrice,
  COMPUTE_SERVER,
  OPEN_WEIGHT_EMBEDDINGS,
  openWeightApiFor,
  REFERENCE_CLOUD,
  rentalPerHour,
  type CloudPrice,
} from "./cost-inputs";
import { busyFraction, demandAt, HOURS_PER_MONTH, usersAt, type Demand } from "./workload";

/** The media each store is provisioned on (its price per TB-month in the plan's costs). */
const STORE_MEDIA: Record<StoreId, StorageMedia> = {
  objects: "hdd",
  backups: "hdd",
  postgres: "nvme",
  vectors: "nvme",
  search: "ssd",
  redis: "ssd",
  logs: "ssd",
};

/** What every month's costs are computed from: the plan, its CAPEX, and the terms that do not change month to month. */
export interface MonthContext {
  plan: PlanDocument;
  capex: Capex;
  storageMonths: Report["storage"]["months"];
  cloudServing: ServingReport[];
  nodeById: Map<string, PlanNode>;
  /** Share of the month at peak-hour traffic. */
  busy: number;
  /** Serving nodes' power at today's peak, W, and the highest utilisation among them (0–1). */
  servingPeakW: number;
  servingUtilisation: number;
  componentGpuW: number;
  /** Rack units hosted: serving hardware and compute servers. */
  rackUnits: number;
  /** Rated power of everything hosted (serving hardware, compute servers, component GPUs), W. */
  ratedW: number;
  /** Rated power of the serving hardware alone, W. */
  servingRatedW: number;
  hostingUsd: number;
  supportUsd: number;
  /** Operations staff: platform FTE, plus serving FTE when a model is self-hosted (policy staffUsdPerMonth). */
  staffUsd: number;
  /** The all-cloud alternative's reference models. */
  reference: { llm: CloudPrice; embeddings: CloudPrice };
  /** The plan's selected per-token baselines (costs.cloudBaselines), each with the models it prices tokens on. */
  apiBaselines: ApiBaseline[];
  /** Renting the serving devices in service by the hour, USD per month, by month 0…H−1 (gpuRentalUsdByMonth). */
  rentalUsdByMonth: number[];
  /** The growth purchases (purchasePlan), and by month: their CAPEX and the cumulative CAPEX / rack units added. */
  purchases: Purchase[];
  purchaseUsdByMonth: number[];
  purchasedUsdToMonth: number[];
  purchasedRackUnitsToMonth: number[];
}

/** Per month 0…H−1: the purchases' CAPEX that month, and cumulated to that month (CAPEX and rack units). */
function purchaseMonths(purchases: Purchase[], horizonMonths: number) {
  const byMonth = Array.from({ length: horizonMonths }, () => 0);
  const rackUnits = Array.from({ length: horizonMonths }, () => 0);
  for (const p of purchases) {
    byMonth[p.month]! += p.capexUsd;
    rackUnits[p.month]! += p.rackUnitsAdded;
  }
  let usd = 0;
  let ru = 0;
  return {
    purchaseUsdByMonth: byMonth,
    purchasedUsdToMonth: byMonth.map((x) => (usd += x)),
    purchasedRackUnitsToMonth: rackUnits.map((x) => (ru += x)),
  };
}

/** A per-token cloud baseline: which one, and the LLM and embedding prices it bills the plan's tokens at. */
export interface ApiBaseline {
  id: "premium-api" | "small-api" | "open-weight-api";
  llmModelId: string;
  llm: CloudPrice;
  embeddings: CloudPrice;
}

/** The selected per-token baselines; the open-weight one only when an API serves the plan's own model. */
export function apiBaselines(plan: PlanDocument): ApiBaseline[] {
  const out: ApiBaseline[] = [];
  for (const id of plan.costs.cloudBaselines) {
    if (id === "gpu-rental") continue;
    const models =
      id === "open-weight-api"
        ? { llm: openWeightApiFor(plan), embeddings: OPEN_WEIGHT_EMBEDDINGS }
        : API_BASELINES[id];
    if (!models.llm) continue;
    out.push({
      id,
      llmModelId: models.llm,
      llm: cloudPrice(plan, models.llm),
      embeddings: cloudPrice(plan, models.embeddings),
    });
  }
  return out;
}

/** The month-independent terms: power basis, colocation, support, reference cloud prices, GPU rental. */
export function monthContext(
  plan: PlanDocument,
  capex: Capex,
  serving: ServingReport[],
  componentGpuW: number,
  storageMonths: Report["storage"]["months"],
  purchases: Purchase[] = [],
): MonthContext {
  const c = plan.costs;
  const rackUnits = capex.servingRackUnits + capex.computeServers * COMPUTE_SERVER.rackUnits;
  const selfHosted = serving.filter((s) => s.mode === "self-hosted");
  // Rated (maximum) draw: the peak draw at the node's utilisation scaled back to full load.
  const servingRatedW = selfHosted.reduce((s, x) => s + x.powerW / powerShare(x.utilisation ?? 0), 0);
  const ratedW = servingRatedW + capex.computeServers * COMPUTE_SERVER.powerW + componentGpuW;
  return {
    plan,
    capex,
    storageMonths,
    cloudServing: serving.filter((s) => s.mode === "cloud"),
    nodeById: new Map(plan.nodes.map((n) => [n.id, n])),
    busy: busyFraction(plan.workload),
    servingPeakW: serving.reduce((s, x) => s + x.powerW, 0),
    servingUtilisation: serving.length
      ? Math.max(0, ...serving.map((x) => Math.min(1, x.utilisation ?? 0)))
      : 0,
    componentGpuW,
    rackUnits,
    ratedW,
    servingRatedW,
    hostingUsd: hostingUsdPerMonth(rackUnits, c, ratedW),
    supportUsd: supportUsdPerMonth(capex.totalUsd, c),
    staffUsd: staffUsdPerMonth(c, selfHosted.length > 0),
    reference: {
      llm: cloudPrice(plan, REFERENCE_CLOUD.llm),
      embeddings: cloudPrice(plan, REFERENCE_CLOUD.embeddings),
    },
    apiBaselines: apiBaselines(plan),
    purchases,
    ...purchaseMonths(purchases, plan.workload.horizonMonths),
    rentalUsdByMonth: gpuRentalUsdByMonth(plan, purchases),
  };
}

/**
 * The GPU-rental baseline's rent, USD per month, for months 0…H−1: for every self-hosted serving node, the devices in
 * service that month — devices per replica × replicasInService (the purchase plan's schedule: the node's own
 * replicas from month 0, the growth purchases from the month they are bought) — × the rental price of one device,
 * USD per hour (rentalPerHour: the plan's override, else the dated catalog price; 0 for hardware nobody rents,
 * e.g. Macs) × 730.5 hours a month (HOURS_PER_MONTH). The rent grows with the plan, as its purchases do.
 */
export function gpuRentalUsdByMonth(plan: PlanDocument, purchases: Purchase[]): number[] {
  return Array.from({ length: plan.workload.horizonMonths }, (_, m) =>
    plan.nodes.reduce((usd, n) => {
      if (!n.serving) return usd;
      const id = typeof n.serving.hardware === "string" ? n.serving.hardware : n.serving.hardware.id;
      const devices = n.serving.devices * replicasInService(purchases, n, m);
      return usd + (rentalPerHour(plan, id) ?? 0) * devices * HOURS_PER_MONTH;
    }, 0),
  );
}

/** One month's cash, unrounded, with the two alternatives priced for the same month in the same series. */
export interface MonthCosts extends Series {
  byCategory: Record<string, number>;
  cloudAlternative: Series;
  /** The month on each of ctx.apiBaselines, in the same order. */
  apiAlternatives: Series[];
  rentalAlternative: Series;
  demand: Demand;
}

/** Provisioned storage of the month (the storage model's month, or its last), every store on its media. */
function storageUsd(ctx: MonthContext, m: number): number {
  const months = ctx.storageMonths;
  const store = months[Math.min(m, months.length - 1)]!;
  let usd = 0;
  for (const [storeId, gb] of Object.entries(store.byStore))
    usd += storageUsdPerMonth(gb, STORE_MEDIA[storeId as StoreId], ctx.plan.costs);
  return usd;
}

/**
 * Electricity of the month: the serving nodes at today's peak utilisation scaled by user growth, averaged over the
 * busy hours; compute servers at their rated power; component GPUs busy in the busy hours. Also returns the serving
 * nodes' average draw (the GPU-rental alternative removes it).
 */
export function power(ctx: MonthContext, growth: number): { usd: number; servingAverageW: number } {
  const servingAverageW = averagePowerW(
    ctx.servingPeakW,
    Math.min(1, ctx.servingUtilisation * growth),
    ctx.busy,
  );
  return {
    usd: energyUsdPerMonth(servingAverageW + platformAverageW(ctx), ctx.plan.costs),
    servingAverageW,
  };
}

/** Cloud API bills of the month: each cloud node's share of the tokens at its input and output prices. */
function cloudTokens(ctx: MonthContext, d: Demand): { llm: number; embeddings: number } {
  let llm = 0;
  let embeddings = 0;
  for (const s of ctx.cloudServing) {
    const price = cloudPrice(ctx.plan, ctx.nodeById.get(s.nodeId)!.cloud!.model);
    if (s.purpose === "llm") {
      llm +=
        s.trafficShare *
        ((d.monthlyInputTokens / 1e6) * price.inputUsdPerMTok +
          (d.monthlyOutputTokens / 1e6) * price.outputUsdPerMTok);
    } else embeddings += s.trafficShare * (d.monthlyEmbeddingTokens / 1e6) * price.inputUsdPerMTok;
  }
  return { llm, embeddings };
}

/** Month `m` as cash: CAPEX in month 0 and in the purchase plan's months; power, hosting, support, storage and staff (OPEX); cloud tokens. */
export function monthCosts(ctx: MonthContext, m: number): MonthCosts {
  const w = ctx.plan.workload;
  const growth = usersAt(w, m) / w.users;
  const demand = demandAt(w, usersAt(w, m));
  const storage = storageUsd(ctx, m);
  const { usd: powerUsd, servingAverageW } = power(ctx, growth);
  const cloud = cloudTokens(ctx, demand);
  const capex = ctx.capex;
  const c = ctx.plan.costs;
  // Growth purchases: their CAPEX in the month bought; their colocation and support from then on.
  const bought = ctx.purchaseUsdByMonth[m] ?? 0;
  const hostingUsd = ctx.hostingUsd + hostingUsdPerMonth(ctx.purchasedRackUnitsToMonth[m] ?? 0, c);
  const supportUsd = ctx.supportUsd + supportUsdPerMonth(ctx.purchasedUsdToMonth[m] ?? 0, c);
  const byCategory: Record<string, number> = {
    "serving hardware": (m === 0 ? capex.servingUsd : 0) + bought,
    "component GPUs": m === 0 ? capex.componentGpuUsd : 0,
    compute: m === 0 ? capex.computeUsd : 0,
    power: powerUsd,
    hosting: hostingUsd,
    support: supportUsd,
    storage,
    staff: ctx.staffUsd,
    "cloud LLM": cloud.llm,
    "cloud embeddings": cloud.embeddings,
  };
  const capexUsd = (m === 0 ? capex.totalUsd : 0) + bought;
  const opexUsd = powerUsd + hostingUsd + supportUsd + storage + ctx.staffUsd;
  const cloudUsd = cloud.llm + cloud.embeddings;
  const own: Series = { capexUsd, opexUsd, cloudUsd, totalUsd: capexUsd + opexUsd + cloudUsd };
  return {
    ...own,
    byCategory,
    cloudAlternative: cloudAlternative(ctx, m, demand, storage),
    apiAlternatives: ctx.apiBaselines.map((b) => cloudAlternative(ctx, m, demand, storage, b)),
    // Rented GPUs need no colocation or support: neither for the month-0 hardware nor for the growth purchases.
    rentalAlternative: rentalAlternative(
      ctx,
      m,
      { ...own, opexUsd: own.opexUsd - (hostingUsd - ctx.hostingUsd) - (supportUsd - ctx.supportUsd) },
      byCategory["serving hardware"]!,
      servingAverageW,
    ),
    demand,
  };
}
