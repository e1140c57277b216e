import { z } from "zod";
import { field } from "./fields/registry";
import { COST_FIELDS, SLO_FIELDS, STORAGE_PRICE_FIELDS, WORKLOAD_FIELDS } from "./fields/workload";

/**
 * Workload assumptions of a plan: who uses the platform, how much they ask, what they store.
 * Defaults are the reference platform's (500 documents per user of 10 MB, docs/reference-platform.md §5) or, where it is
 * silent, planner assumptions; each field's label, unit, help and the origin of its default are in the field
 * registry (fields/workload.ts), which also writes the description the API docs show.
 */
export const workloadSchema = z
  .object({
    users: field(z.number().int().min(1).max(10_000_000).default(1000), WORKLOAD_FIELDS.users),
    activeShareAtPeak: field(z.number().min(0.001).max(1).default(0.2), WORKLOAD_FIELDS.activeShareAtPeak),
    requestsPerActiveUserPerMinute: field(
      z.number().min(0).max(60).default(0.5),
      WORKLOAD_FIELDS.requestsPerActiveUserPerMinute,
    ),
    promptTokens: field(z.number().int().min(1).max(2_000_000).default(3000), WORKLOAD_FIELDS.promptTokens),
    outputTokens: field(z.number().int().min(1).max(200_000).default(400), WORKLOAD_FIELDS.outputTokens),
    embeddingCallsPerRequest: field(
      z.number().min(0).max(100).default(1),
      WORKLOAD_FIELDS.embeddingCallsPerRequest,
    ),
    queryEmbeddingTokens: field(
      z.number().int().min(1).max(32_768).default(64),
      WORKLOAD_FIELDS.queryEmbeddingTokens,
    ),
    busyHoursPerDay: field(z.number().min(1).max(24).default(8), WORKLOAD_FIELDS.busyHoursPerDay),
    workingDaysPerMonth: field(z.number().min(1).max(31).default(21), WORKLOAD_FIELDS.workingDaysPerMonth),
    documentsPerUser: field(z.number().min(0).max(1_000_000).default(500), WORKLOAD_FIELDS.documentsPerUser),
    averageDocumentSizeMb: field(
      z.number().min(0).max(10_000).default(10),
      WORKLOAD_FIELDS.averageDocumentSizeMb,
    ),
    pagesPerDocument: field(z.number().min(0).max(100_000).default(20), WORKLOAD_FIELDS.pagesPerDocument),
    tokensPerPage: field(z.number().min(0).max(100_000).default(500), WORKLOAD_FIELDS.tokensPerPage),
    chunkSizeTokens: field(
      z.number().int().min(16).max(32_768).default(512),
      WORKLOAD_FIELDS.chunkSizeTokens,
    ),
    chunkOverlapTokens: field(
      z.number().int().min(0).max(16_384).default(64),
      WORKLOAD_FIELDS.chunkOverlapTokens,
    ),
    embeddingDimensions: field(
      z.number().int().min(8).max(16_384).default(1024),
      WORKLOAD_FIELDS.embeddingDimensions,
    ),
    reindexPerYear: field(z.number().min(0).max(365).default(1), WORKLOAD_FIELDS.reindexPerYear),
    yearlyGrowthPct: field(z.number().min(0).max(1000).default(20), WORKLOAD_FIELDS.yearlyGrowthPct),
    horizonMonths: field(z.number().int().min(1).max(60).default(36), WORKLOAD_FIELDS.horizonMonths),
    backupRetentionDays: field(
      z.number().int().min(1).max(3650).default(30),
      WORKLOAD_FIELDS.backupRetentionDays,
    ),
    logsGbPerMonth: field(z.number().min(0).max(1_000_000).default(50), WORKLOAD_FIELDS.logsGbPerMonth),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.chunkOverlapTokens >= w.chunkSizeTokens) {
      ctx.addIssue({
        code: "custom",
        path: ["chunkOverlapTokens"],
        message: `chunk overlap (${w.chunkOverlapTokens}) must be smaller than the chunk size (${w.chunkSizeTokens})`,
      });
    }
  });
export type Workload = z.infer<typeof workloadSchema>;

/** Service-level objectives the serving layer and the storage/backup design are checked against. */
export const slosSchema = z
  .object({
    minTokensPerSecondPerUser: field(
      z.number().min(0.1).max(1000).default(20),
      SLO_FIELDS.minTokensPerSecondPerUser,
    ),
    maxTtftMs: field(z.number().min(10).max(600_000).default(2000), SLO_FIELDS.maxTtftMs),
    availabilityPct: field(z.number().min(90).max(99.9999).default(99.9), SLO_FIELDS.availabilityPct),
    rpoMinutes: field(z.number().min(0).max(10_080).default(15), SLO_FIELDS.rpoMinutes),
    rtoHours: field(z.number().min(0).max(720).default(4), SLO_FIELDS.rtoHours),
    maxIngestionDays: field(z.number().min(0.1).max(365).default(7), SLO_FIELDS.maxIngestionDays),
    backupBandwidthGbps: field(z.number().min(0.1).max(800).default(10), SLO_FIELDS.backupBandwidthGbps),
  })
  .strict();
export type Slos = z.infer<typeof slosSchema>;

/**
 * The cloud baselines a plan can be compared with: premium API (GPT-4.1 class), small API (GPT-4o-mini class), a
 * hosted open-weight API serving the plan's own model, and renting the plan's GPUs by the hour.
 */
export const CLOUD_BASELINES = ["premium-api", "small-api", "open-weight-api", "gpu-rental"] as const;
export type CloudBaselineId = (typeof CLOUD_BASELINES)[number];

/** How a rack's heat is removed: room air, a rear-door heat exchanger, or direct-to-chip liquid cooling. */
export const COOLING_CLASSES = ["air", "rear-door", "liquid"] as const;
export type CoolingClass = (typeof COOLING_CLASSES)[number];

/**
 * Cost assumptions. Every price is an assumption with the date it was true; catalog list prices can be overridden
 * per plan (by product or hardware id).
 */
export const costsSchema = z
  .object({
    pricesAsOf: field(
      z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/)
        .default("2025-11-01"),
      COST_FIELDS.pricesAsOf,
    ),
    hardwarePriceOverridesUsd: field(
      z.record(z.string(), z.number().nonnegative()).default({}),
      COST_FIELDS.hardwarePriceOverridesUsd,
    ),
    cloudPriceOverrides: field(
      z
        .record(
          z.string(),
          z
            .object({ inputUsdPerMTok: z.number().nonnegative(), outputUsdPerMTok: z.number().nonnegative() })
            .strict(),
        )
        .default({}),
      COST_FIELDS.cloudPriceOverrides,
    ),
    gpuRentalOverridesUsdPerHour: field(
      z.record(z.string(), z.number().nonnegative()).default({}),
      COST_FIELDS.gpuRentalOverridesUsdPerHour,
    ),
    cloudBaselines: field(
      z.array(z.enum(CLOUD_BASELINES)).default([...CLOUD_BASELINES]),
      COST_FIELDS.cloudBaselines,
    ),
    rackPowerKw: field(z.number().min(1).max(200).default(15), COST_FIELDS.rackPowerKw),
    coolingClass: field(z.enum(COOLING_CLASSES).default("air"), COST_FIELDS.coolingClass),
    powerUsdPerKwh: field(z.number().min(0).max(10).default(0.15), COST_FIELDS.powerUsdPerKwh),
    pue: field(z.number().min(1).max(3).default(1.4), COST_FIELDS.pue),
    hostingUsdPerRackUnitMonth: field(
      z.number().min(0).max(10_000).default(40),
      COST_FIELDS.hostingUsdPerRackUnitMonth,
    ),
    supportPctOfCapexPerYear: field(
      z.number().min(0).max(100).default(10),
      COST_FIELDS.supportPctOfCapexPerYear,
    ),
    amortisationMonths: field(z.number().int().min(1).max(120).default(36), COST_FIELDS.amortisationMonths),
    computeServerUsd: field(z.number().nonnegative().default(18_000), COST_FIELDS.computeServerUsd),
    storageUsdPerTbMonth: field(
      z
        .object({
          nvme: field(z.number().nonnegative(), STORAGE_PRICE_FIELDS.nvme),
          ssd: field(z.number().nonnegative(), STORAGE_PRICE_FIELDS.ssd),
          hdd: field(z.number().nonnegative(), STORAGE_PRICE_FIELDS.hdd),
        })
        .strict()
        .default({ nvme: 25, ssd: 15, hdd: 5 }),
      COST_FIELDS.storageUsdPerTbMonth,
    ),
    staffUsdPerMonth: field(z.number().nonnegative().default(0), COST_FIELDS.staffUsdPerMonth),
    platformStaffFte: field(z.number().min(0).max(100).default(0.25), COST_FIELDS.platformStaffFte),
    servingStaffFte: field(z.number().min(0).max(100).default(0.25), COST_FIELDS.servingStaffFte),
    staffUsdPerFteYear: field(
      z.number().min(0).max(2_000_000).default(150_000),
      COST_FIELDS.staffUsdPerFteYear,
    ),
    hostingUsdPerKwMonth: field(z.number().min(0).max(10_000).default(0), COST_FIELDS.hostingUsdPerKwMonth),
  })
  .strict();
export type Costs = z.infer<typeof costsSchema>;
