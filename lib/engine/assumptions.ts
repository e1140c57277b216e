import type { PlanDocument } from "../plan/plan-schema";
import { STORAGE_CONSTANTS } from "./platform/storage";

/**
 * The assumptions a report states, as stable codes with their figures (like findings): the words live in
 * messages/<locale>/assumptions.json (`<code>`), so the UI, the PDF and the bundle's report say them in the
 * reader's language. `planAssumptions` keeps the engine's English text (report.assumptions, the CLI);
 * lib/i18n/assumptions.test.ts checks that the English messages render to exactly that text.
 */
export const ASSUMPTION_CODES = [
  "peak-hour",
  "monthly-volumes",
  "serving-at-slo",
  "platform-tiers",
  "storage-model",
  "costs",
] as const;
export type AssumptionCode = (typeof ASSUMPTION_CODES)[number];

export interface Assumption {
  code: AssumptionCode;
  /** The figures in the sentence; units in the names (percentages as 0–100, sizes in their named unit). */
  params: Record<string, string | number>;
}

export function planAssumptionItems(plan: PlanDocument): Assumption[] {
  const w = plan.workload;
  const c = plan.costs;
  return [
    {
      code: "peak-hour",
      params: {
        users: w.users,
        activePct: w.activeShareAtPeak * 100,
        requestsPerMinute: w.requestsPerActiveUserPerMinute,
        promptTokens: w.promptTokens,
        outputTokens: w.outputTokens,
      },
    },
    { code: "monthly-volumes", params: { busyHours: w.busyHoursPerDay, workingDays: w.workingDaysPerMonth } },
    {
      code: "serving-at-slo",
      params: { minTokensPerSecond: plan.slos.minTokensPerSecondPerUser, maxTtftMs: plan.slos.maxTtftMs },
    },
    { code: "platform-tiers", params: {} },
    {
      code: "storage-model",
      params: {
        documents: w.documentsPerUser,
        documentMb: w.averageDocumentSizeMb,
        pages: w.pagesPerDocument,
        tokensPerPage: w.tokensPerPage,
        chunkTokens: w.chunkSizeTokens,
        overlapTokens: w.chunkOverlapTokens,
        dimensions: w.embeddingDimensions,
        postgresGb: STORAGE_CONSTANTS.postgresGbPerUser,
        redisMb: STORAGE_CONSTANTS.redisGbPerUser * 1000,
        marginPct: STORAGE_CONSTANTS.marginPct,
        growthPct: w.yearlyGrowthPct,
      },
    },
    {
      code: "costs",
      params: {
        pricesAsOf: c.pricesAsOf,
        powerUsdPerKwh: c.powerUsdPerKwh,
        pue: c.pue,
        hostingUsdPerRackUnitMonth: c.hostingUsdPerRackUnitMonth,
        supportPct: c.supportPctOfCapexPerYear,
      },
    },
  ];
}
