import { z } from "zod";
import { ESTIMATE_ASSUMPTION_CODES } from "./llm/assumptions";
import { estimateResultSchema, warningSchema } from "./llm/estimate-schema";
import { SLO_REASON_CODES } from "./platform/slo-reason";
import { costBaselineSchema, costLineSchema, costMonthSchema, purchaseSchema } from "./cost-schema";
import { findingSchema } from "./finding-schema";

export * from "./cost-schema";
export * from "./finding-schema";

/**
 * The report evaluate(plan) returns — shared by the canvas, the API and the CLI. Field names that scripts rely on
 * (issue contract) are kept stable: totals, components[], serving[], storage.months[], cost.monthly[], tcoUsd,
 * perMillionTokensUsd, findings[], assumptions[]. Units are in the names.
 */
const resourcesSchema = z
  .object({ replicas: z.number(), cpuCores: z.number(), memoryGb: z.number(), storageGb: z.number() })
  .strict();

export const componentReportSchema = z
  .object({
    nodeId: z.string(),
    kind: z.string(),
    label: z.string(),
    /** What the design provides (overrides where set, else the recommendation), per replica except `replicas`. */
    replicas: z.number().int(),
    cpuCores: z.number().describe("Per replica"),
    memoryGb: z.number().describe("Per replica"),
    storageGb: z.number().describe("Per replica"),
    gpus: z.number().describe("Per replica"),
    /** What the sizing model recommends for the plan's users and environment (per replica). */
    recommended: resourcesSchema,
    totalCpuCores: z.number(),
    totalMemoryGb: z.number(),
    totalStorageGb: z.number(),
  })
  .strict();
export type ComponentReport = z.infer<typeof componentReportSchema>;

export const servingReportSchema = estimateResultSchema
  .extend({
    nodeId: z.string(),
    kind: z.enum(["llm", "embeddings", "cloud-llm"]),
    label: z.string(),
    purpose: z.enum(["llm", "embeddings"]),
    mode: z.enum(["self-hosted", "cloud"]),
    replicas: z.number().int(),
    trafficShare: z.number().describe("Share of its purpose's demand routed here, 0–1"),
    demandOutputTokensPerSecond: z.number().describe("Peak output tokens/s routed here (LLM)"),
    demandInputTokensPerSecond: z
      .number()
      .describe("Peak input tokens/s routed here (prompts, or texts to embed)"),
    demandRequestsPerSecond: z.number(),
    capacityOutputTokensPerSecond: z
      .number()
      .describe("Output tokens/s all replicas sustain within the SLOs"),
    capacityInputTokensPerSecond: z
      .number()
      .describe("Input tokens/s all replicas sustain (embeddings: the batch rate)"),
    capacityRequestsPerSecond: z.number(),
    sloConcurrencyPerReplica: z
      .number()
      .int()
      .describe("Largest concurrency per replica that meets the SLOs"),
    utilisation: z
      .number()
      .nullable()
      .describe("Demand / capacity at peak (> 1 = overloaded); null when nothing can be served"),
    headroom: z
      .number()
      .nullable()
      .describe("Capacity / demand − 1; null for elastic cloud capacity or no demand"),
    requiredReplicas: z
      .number()
      .int()
      .describe("Replicas needed for peak demand within the SLOs (0: none can meet them)"),
    meetsSlo: z.boolean(),
    sloReason: z.string().describe("Why the SLOs are or are not met (English)"),
    sloReasonCode: z
      .enum(SLO_REASON_CODES)
      .describe("Stable code of sloReason (rendered per language from messages/*/findings.json)"),
    sloReasonParams: z
      .record(z.string(), z.number())
      .describe("Figures of sloReason: tok/s, ms, req/s, streams"),
    assumptionItems: z
      .array(
        z
          .object({
            code: z.enum(ESTIMATE_ASSUMPTION_CODES),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
          })
          .strict(),
      )
      .describe(
        "Codes and figures of `assumptions`, in order (rendered per language from messages/*/estimateAssumptions.json)",
      ),
    gpus: z.number().describe("Accelerators (or Macs) of all replicas"),
    powerW: z.number().describe("Power of all replicas' devices at peak utilisation, W"),
  })
  .strict();
export type ServingReport = z.infer<typeof servingReportSchema>;

export const STORES = ["objects", "postgres", "vectors", "search", "redis", "backups", "logs"] as const;
export type StoreId = (typeof STORES)[number];
const byStoreSchema = z
  .object(Object.fromEntries(STORES.map((s) => [s, z.number()])) as Record<StoreId, z.ZodNumber>)
  .strict();

export const storageMonthSchema = z
  .object({
    month: z.number().int(),
    users: z.number(),
    byStore: byStoreSchema,
    totalGb: z.number(),
    withMarginGb: z.number(),
  })
  .strict();

export const storagePerformanceSchema = z
  .object({
    store: z.string(),
    iops: z.number(),
    throughputMBps: z.number(),
    storageClass: z.string(),
    media: z.string(),
  })
  .strict();

export const reportSchema = z
  .object({
    reportVersion: z.literal(1),
    catalogVersion: z.string(),
    plan: z
      .object({ name: z.string(), environment: z.string(), users: z.number(), horizonMonths: z.number() })
      .strict(),
    demand: z
      .object({
        peakActiveUsers: z.number(),
        peakRequestsPerSecond: z.number(),
        peakPromptTokensPerSecond: z.number(),
        peakOutputTokensPerSecond: z.number(),
        peakQueryEmbeddingTokensPerSecond: z.number(),
        ingestionEmbeddingTokensPerSecond: z.number().describe("Sustained average: growth + re-indexing"),
        initialIngestionTokens: z.number().describe("Embedding tokens to index today's corpus once"),
        initialIngestionDays: z
          .number()
          .nullable()
          .describe(
            "Days to embed today's corpus once on the self-hosted embedding servers: initialIngestionTokens ÷ their SLO capacity (tok/s) ÷ 86,400; the same for a full re-index. null: no self-hosted embedding server (cloud APIs scale)",
          ),
        monthlyRequests: z.number(),
        monthlyInputTokens: z.number(),
        monthlyOutputTokens: z.number(),
        monthlyEmbeddingTokens: z.number(),
        chunksPerDocument: z.number(),
        totalChunks: z.number(),
      })
      .strict(),
    totals: z
      .object({
        cpuCores: z.number(),
        memoryGb: z.number(),
        storageGb: z.number(),
        gpus: z.number(),
        powerW: z.number(),
        rackUnits: z.number(),
      })
      .strict(),
    components: z.array(componentReportSchema),
    serving: z.array(servingReportSchema),
    storage: z
      .object({
        months: z.array(storageMonthSchema),
        provisionedGb: z
          .number()
          .describe(
            "Storage provisioned, GB: every component's volumes (replicas × per-replica storage); = totals.storageGb",
          ),
        dataStoredMonth: z
          .number()
          .int()
          .describe('N of "data stored at month N": the horizon\'s last month'),
        dataStoredGb: z
          .number()
          .describe("Data stored at month N, GB: the stores' data in that month, without the safety margin"),
        marginPct: z.number(),
        performance: z.array(storagePerformanceSchema),
        vectorBreakdownGb: z
          .object({ rawVectors: z.number(), index: z.number(), metadataAndText: z.number() })
          .strict(),
      })
      .strict(),
    cost: z
      .object({
        monthly: z.array(costMonthSchema),
        capexUsd: z.number().describe("One-off CAPEX over the horizon (every purchase)"),
        runCostMonth: z
          .number()
          .int()
          .describe(
            "The month N every monthly figure is taken from: 0, the first month of operation, at the plan's nominal users",
          ),
        amortisationMonths: z
          .number()
          .int()
          .describe("H: months each purchase is spread over, straight line"),
        monthlyOpexUsd: z.number().describe("Recurring OPEX of month N (no CAPEX)"),
        monthlyCloudUsd: z.number().describe("Cloud API usage of month N"),
        monthlyRunCostUsd: z
          .number()
          .describe(
            "Monthly run cost (OPEX, month N): monthlyOpexUsd + monthlyCloudUsd, no one-off CAPEX. The one figure every screen shows",
          ),
        amortisedCapexUsdPerMonth: z
          .number()
          .describe("Month N's depreciation: every purchase made so far spread straight-line over H months"),
        monthlyCostAmortisedUsd: z
          .number()
          .describe(
            "Monthly cost with CAPEX amortised over H months: monthlyRunCostUsd + amortisedCapexUsdPerMonth (month N)",
          ),
        tcoUsd: z
          .number()
          .describe("Every month's cash over the horizon, purchases in the month they are made"),
        perMillionTokensUsd: z.number(),
        perThousandRequestsUsd: z.number(),
        lines: z.array(costLineSchema),
        cloudAlternative: z
          .object({
            model: z.string(),
            monthlyUsd: z
              .number()
              .describe("Recurring cost of month 0 (OPEX + API usage), without the one-off CAPEX"),
            capexUsd: z
              .number()
              .describe("Its one-off CAPEX: the platform's compute servers and component GPUs"),
            monthlyCostAmortisedUsd: z.number().describe("monthlyUsd + its CAPEX amortised"),
            tcoUsd: z.number(),
            breakEvenMonth: z.number().nullable(),
          })
          .strict()
          .describe("The same platform with every model on the reference cloud APIs, in the same series"),
        purchasePlan: z
          .array(purchaseSchema)
          .describe(
            "Hardware bought when growth needs it, by month; in the CAPEX, the TCO and the month's cash",
          ),
        baselines: z
          .array(costBaselineSchema)
          .describe(
            "The plan's selected cloud baselines (costs.cloudBaselines), each on the plan's own cost series",
          ),
        gpuRentalAlternative: z
          .object({
            monthlyUsd: z
              .number()
              .describe("Recurring cost of month 0 with the serving GPUs rented, no CAPEX"),
            capexUsd: z.number(),
            tcoUsd: z.number(),
            breakEvenMonth: z.number().nullable(),
          })
          .strict(),
      })
      .strict(),
    network: z.array(
      z
        .object({
          edgeId: z.string(),
          latencyMs: z.number(),
          maxMs: z.number().nullable(),
          optimalMs: z.number().nullable(),
          allowed: z.boolean(),
        })
        .strict(),
    ),
    findings: z.array(findingSchema),
    assumptions: z.array(z.string()),
  })
  .strict();
export type Report = z.infer<typeof reportSchema>;
export { warningSchema };
