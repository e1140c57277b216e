import { z } from "zod";
import { CLOUD_BASELINES } from "../plan/workload-schema";
import { findingParamsSchema } from "./finding-schema";

/**
 * The cost part of the report (evaluate(plan).cost): the monthly series, the cloud baselines it is compared with, the
 * dated purchase plan and the itemised cost lines. USD throughout; units in the names.
 */
export const costMonthSchema = z
  .object({
    month: z.number().int(),
    capexUsd: z.number().describe("One-off: hardware bought this month"),
    opexUsd: z.number().describe("Recurring: power, colocation, support, storage, staff"),
    cloudUsd: z.number().describe("Recurring: cloud API usage"),
    totalUsd: z.number().describe("Cash this month: capexUsd + opexUsd + cloudUsd"),
    amortisedCapexUsd: z
      .number()
      .describe(
        "Straight-line depreciation this month of every purchase so far (each over amortisationMonths)",
      ),
    cumulativeUsd: z.number(),
    byCategory: z.record(z.string(), z.number()),
  })
  .strict();
export type CostMonth = z.infer<typeof costMonthSchema>;

/**
 * A cloud baseline priced on the same series as the plan: month N's recurring cost (OPEX + API usage, one-off CAPEX
 * excluded), its one-off CAPEX, the amortised monthly cost, the TCO and the month the plan breaks even against it.
 */
export const costBaselineSchema = z
  .object({
    id: z.enum(CLOUD_BASELINES),
    name: z.string().describe("What is priced, e.g. 'GPT-4o mini + text-embedding-3-small'"),
    llmModel: z.string().nullable().describe("The cloud LLM model id (null for GPU rental)"),
    monthlyUsd: z
      .number()
      .describe("Recurring cost of month N (OPEX + API usage), without the one-off CAPEX"),
    capexUsd: z.number().describe("Its one-off CAPEX (the platform hardware it still needs)"),
    monthlyCostAmortisedUsd: z.number().describe("monthlyUsd + its CAPEX amortised over H months"),
    tcoUsd: z.number(),
    breakEvenMonth: z.number().nullable().describe("First month the plan's cumulative cost ≤ the baseline's"),
    pricesAsOf: z.string().describe("Date of the prices used (catalog list price or the plan's)"),
  })
  .strict();
export type CostBaseline = z.infer<typeof costBaselineSchema>;

/** One dated growth purchase of the purchase plan (lib/engine/platform/cost-purchases.ts). */
export const purchaseSchema = z
  .object({
    month: z.number().int().describe("The month it is bought in (1…H−1; the plan's own hardware is month 0)"),
    nodeId: z.string(),
    label: z.string(),
    item: z.string().describe("The hardware bought (product or accelerator)"),
    replicasAdded: z.number().int(),
    replicasAfter: z.number().int().describe("Replicas owned after the purchase"),
    unitsAdded: z.number().int().describe("Products (servers, Macs) or accelerators bought"),
    capexUsd: z.number().describe("Its one-off CAPEX, USD, in the month it is bought"),
    rackUnitsAdded: z.number(),
  })
  .strict();
export type Purchase = z.infer<typeof purchaseSchema>;

/** Cost line kinds whose item text is words (not only names): each language words them from code + params. */
export const COST_ITEM_CODES = [
  "serving-hardware",
  "compute-servers",
  "purchase",
  "power",
  "hosting",
  "support",
  "storage",
  "staff",
  "cloud-llm",
  "cloud-embeddings",
] as const;
export type CostItemCode = (typeof COST_ITEM_CODES)[number];

export const costLineSchema = z
  .object({
    category: z.string(),
    item: z.string().describe("What the line is, in English"),
    itemCode: z
      .enum(COST_ITEM_CODES)
      .optional()
      .describe(
        "Stable code of item, rendered per language with itemParams (messages/*/proposal.json costItem.*)",
      ),
    itemParams: findingParamsSchema.optional().describe("Names and figures of item"),
    quantity: z.number(),
    unitUsd: z.number(),
    capexUsd: z.number(),
    monthlyUsd: z.number(),
    asOf: z.string(),
    source: z.string(),
  })
  .strict();
export type CostLine = z.infer<typeof costLineSchema>;
