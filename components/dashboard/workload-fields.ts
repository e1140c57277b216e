import type { z } from "zod";
import { numberSpec, type NumberSpec } from "@/lib/plan/fields";
import { slosSchema, workloadSchema, type Slos, type Workload } from "@/lib/plan/workload-schema";

/**
 * Which plan fields the workload bar shows, in order. Their labels, units, ranges and slider scales are the field
 * registry's (lib/plan/fields), the same the inspector and the advisor read.
 */

type WorkloadNumberKey = { [K in keyof Workload]: Workload[K] extends number ? K : never }[keyof Workload];

export type BarField =
  | { section: "workload"; key: WorkloadNumberKey; spec: NumberSpec; schema: z.ZodType }
  | { section: "slos"; key: keyof Slos; spec: NumberSpec; schema: z.ZodType };

const workload = (key: WorkloadNumberKey): BarField => ({
  section: "workload",
  key,
  spec: numberSpec(workloadSchema.shape[key]),
  schema: workloadSchema.shape[key],
});
const slo = (key: keyof Slos): BarField => ({
  section: "slos",
  key,
  spec: numberSpec(slosSchema.shape[key]),
  schema: slosSchema.shape[key],
});

/** The workload fields of the bar, then its service levels. */
export const WORKLOAD_BAR_FIELDS: readonly BarField[] = [
  workload("users"),
  workload("activeShareAtPeak"),
  workload("requestsPerActiveUserPerMinute"),
  workload("promptTokens"),
  workload("outputTokens"),
  workload("documentsPerUser"),
  workload("yearlyGrowthPct"),
  workload("horizonMonths"),
];
export const SLO_BAR_FIELDS: readonly BarField[] = [
  slo("minTokensPerSecondPerUser"),
  slo("maxTtftMs"),
  slo("availabilityPct"),
];
