import { z } from "zod";

/**
 * Workload assumptions of a plan: who uses the platform, how much they ask, what they store.
 * Defaults are the reference platform's (500 documents per user of 10 MB, reference-platform.md §5) or, where it is
 * silent, planner assumptions stated in the field description.
 */
export const workloadSchema = z
  .object({
    users: z.number().int().min(1).max(10_000_000).default(1000).describe("Total named users"),
    activeShareAtPeak: z
      .number()
      .min(0.001)
      .max(1)
      .default(0.2)
      .describe("Share of users active in the peak hour (0–1) [planner default 0.2]"),
    requestsPerActiveUserPerMinute: z
      .number()
      .min(0)
      .max(60)
      .default(0.5)
      .describe("Chat/RAG requests per active user per minute [planner default 0.5]"),
    promptTokens: z
      .number()
      .int()
      .min(1)
      .max(2_000_000)
      .default(3000)
      .describe("Prompt tokens per request, retrieved context included [planner default 3,000]"),
    outputTokens: z
      .number()
      .int()
      .min(1)
      .max(200_000)
      .default(400)
      .describe("Generated tokens per request [planner default 400]"),
    embeddingCallsPerRequest: z.number().min(0).max(100).default(1).describe("Query embeddings per request"),
    queryEmbeddingTokens: z
      .number()
      .int()
      .min(1)
      .max(32_768)
      .default(64)
      .describe("Tokens per query embedding (the user's question) [planner default 64]"),
    busyHoursPerDay: z
      .number()
      .min(1)
      .max(24)
      .default(8)
      .describe(
        "Hours per working day at peak-hour traffic (turns peak rates into monthly volumes) [planner default 8]",
      ),
    workingDaysPerMonth: z
      .number()
      .min(1)
      .max(31)
      .default(21)
      .describe("Working days per month [planner default 21]"),
    documentsPerUser: z
      .number()
      .min(0)
      .max(1_000_000)
      .default(500)
      .describe("Documents stored per user (§5: 500)"),
    averageDocumentSizeMb: z
      .number()
      .min(0)
      .max(10_000)
      .default(10)
      .describe("Average file size, MB (§5: 10 MB)"),
    pagesPerDocument: z
      .number()
      .min(0)
      .max(100_000)
      .default(20)
      .describe("Pages per document [planner default 20]"),
    tokensPerPage: z
      .number()
      .min(0)
      .max(100_000)
      .default(500)
      .describe("Text tokens per page [planner default 500]"),
    chunkSizeTokens: z
      .number()
      .int()
      .min(16)
      .max(32_768)
      .default(512)
      .describe("Chunk size for retrieval, tokens"),
    chunkOverlapTokens: z
      .number()
      .int()
      .min(0)
      .max(16_384)
      .default(64)
      .describe("Overlap between chunks, tokens"),
    embeddingDimensions: z
      .number()
      .int()
      .min(8)
      .max(16_384)
      .default(1024)
      .describe("Vector width stored per chunk"),
    reindexPerYear: z
      .number()
      .min(0)
      .max(365)
      .default(1)
      .describe("Full re-embeddings of the corpus per year"),
    yearlyGrowthPct: z
      .number()
      .min(0)
      .max(1000)
      .default(20)
      .describe("Yearly growth of users and documents, %"),
    horizonMonths: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(36)
      .describe("Planning horizon, months (≤ 5 years)"),
    backupRetentionDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(30)
      .describe("Backup retention, days (§5: 30)"),
    logsGbPerMonth: z
      .number()
      .min(0)
      .max(1_000_000)
      .default(50)
      .describe("Logs written per month at 1,000 users, GB (§5: 50)"),
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
    minTokensPerSecondPerUser: z
      .number()
      .min(0.1)
      .max(1000)
      .default(20)
      .describe("Minimum decode speed each user sees, tokens/s per stream"),
    maxTtftMs: z
      .number()
      .min(10)
      .max(600_000)
      .default(2000)
      .describe("Maximum time to first token at peak, ms"),
    availabilityPct: z.number().min(90).max(99.9999).default(99.9).describe("Availability target, %"),
    rpoMinutes: z
      .number()
      .min(0)
      .max(10_080)
      .default(15)
      .describe("Recovery point objective, minutes (§5: < 15)"),
    rtoHours: z.number().min(0).max(720).default(4).describe("Recovery time objective, hours (§5: < 4)"),
    backupBandwidthGbps: z
      .number()
      .min(0.1)
      .max(800)
      .default(10)
      .describe(
        "Network bandwidth available to restore backups, Gbit/s (the reference asks 1 Gbps+) [planner default 10]",
      ),
  })
  .strict();
export type Slos = z.infer<typeof slosSchema>;

/**
 * Cost assumptions. Every price is an assumption with the date it was true; catalog list prices can be overridden
 * per plan (by product or hardware id).
 */
export const costsSchema = z
  .object({
    pricesAsOf: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .default("2025-11-01")
      .describe("Date the prices were checked"),
    hardwarePriceOverridesUsd: z
      .record(z.string(), z.number().nonnegative())
      .default({})
      .describe("Unit price overrides by product or hardware id, USD"),
    cloudPriceOverrides: z
      .record(
        z.string(),
        z
          .object({ inputUsdPerMTok: z.number().nonnegative(), outputUsdPerMTok: z.number().nonnegative() })
          .strict(),
      )
      .default({})
      .describe("Cloud model price overrides, USD per million tokens"),
    gpuRentalOverridesUsdPerHour: z
      .record(z.string(), z.number().nonnegative())
      .default({})
      .describe("Cloud GPU rental overrides by hardware id, USD per GPU-hour"),
    powerUsdPerKwh: z.number().min(0).max(10).default(0.15).describe("Electricity price, USD/kWh"),
    pue: z.number().min(1).max(3).default(1.4).describe("Power usage effectiveness of the datacentre"),
    hostingUsdPerRackUnitMonth: z
      .number()
      .min(0)
      .max(10_000)
      .default(40)
      .describe("Colocation per rack unit per month, USD"),
    supportPctOfCapexPerYear: z
      .number()
      .min(0)
      .max(100)
      .default(10)
      .describe("Hardware support and maintenance, % of CAPEX per year"),
    amortisationMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .default(36)
      .describe("Straight-line depreciation period, months"),
    computeServerUsd: z
      .number()
      .nonnegative()
      .default(18_000)
      .describe("One CPU compute server (32 cores, 128 GB) for the platform components, USD"),
    storageUsdPerTbMonth: z
      .object({
        nvme: z.number().nonnegative(),
        ssd: z.number().nonnegative(),
        hdd: z.number().nonnegative(),
      })
      .strict()
      .default({ nvme: 25, ssd: 15, hdd: 5 })
      .describe("Provisioned storage per TB per month (amortised hardware + hosting), USD"),
    staffUsdPerMonth: z
      .number()
      .nonnegative()
      .default(0)
      .describe("Operations staff attributed to the platform, USD/month"),
  })
  .strict();
export type Costs = z.infer<typeof costsSchema>;
