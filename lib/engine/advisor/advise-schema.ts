import { z } from "zod";
import { nodeSchema } from "../../plan/node-schema";
import { COST_BASES, MODEL_SWAP_POLICIES } from "../../plan/plan-schema";
import { findingParamsSchema, findingSchema } from "../report-schema";
import { REASON_CODES } from "./reasons";

/**
 * The advisor's answer — the stable contract of `stackplan advise` and `POST /api/advise`: `recommended` and
 * `options[]`, each option with id, description, the deployment it proposes, meetsSlo, monthlyCostUsd, tcoUsd,
 * headroom and findings[].
 */
export const deploymentSchema = z
  .object({
    kind: z.enum(["self-hosted", "cloud"]),
    llm: z
      .object({
        product: z.string().optional(),
        hardware: z.string().optional(),
        devicesPerInstance: z.number().int().optional(),
        replicas: z.number().int(),
        model: z.string(),
        precision: z.string().optional(),
        framework: z.string().optional(),
        interconnect: z.string().optional(),
        gpus: z.number().int(),
      })
      .strict(),
    embeddings: z
      .object({
        product: z.string().optional(),
        model: z.string(),
        replicas: z.number().int(),
        hosting: z.enum(["self-hosted", "cloud"]),
      })
      .strict(),
    /** The AI nodes of the option, ready to become a scenario or to replace the plan's. */
    nodes: z.array(nodeSchema),
  })
  .strict();
export type Deployment = z.infer<typeof deploymentSchema>;

/** Why an option cannot be recommended: the SLOs, an error finding, or a constraint of the plan. */
export const EXCLUSION_CODES = [
  "misses-slo",
  "error-finding",
  "data-leaves-premises",
  "hardware-family",
  "model-not-allowed",
  "model-swap",
  "model-too-small",
  "precision-floor",
  "power",
  "rack-space",
  "monthly-budget",
  "capex-cap",
] as const;
export const exclusionSchema = z
  .object({
    code: z.enum(EXCLUSION_CODES),
    reason: z.string().describe("The sentence in English (CLI, API)"),
    params: findingParamsSchema.describe(
      "The figures and names of the reason, so each language words it (messages/<locale>/advisor.json exclusions.<code>)",
    ),
  })
  .strict()
  .describe("One reason an option is not eligible: a stable code, its params and a readable sentence");
export type Exclusion = z.infer<typeof exclusionSchema>;

export const optionSchema = z
  .object({
    id: z.string(),
    description: z.string(),
    deployment: deploymentSchema,
    meetsSlo: z.boolean(),
    meetsConstraints: z
      .boolean()
      .describe(
        "Breaks none of the plan's constraints (data on premises, hardware families, models, power, rack space, budget)",
      ),
    excludedBecause: z
      .array(exclusionSchema)
      .describe("Why it cannot be recommended (SLOs, error findings, constraints); empty when eligible"),
    monthlyCostUsd: z
      .number()
      .describe(
        "Whole plan: month 0's recurring cost plus its CAPEX amortised (report cost.monthlyCostAmortisedUsd)",
      ),
    tcoUsd: z.number().describe("Whole plan over the horizon (every purchase in the month it is made)"),
    capexUsd: z.number(),
    headroom: z
      .number()
      .nullable()
      .describe("LLM capacity at the SLOs / peak demand − 1 (null for elastic cloud)"),
    ttftMs: z.number(),
    decodeTokensPerSecondPerStream: z.number(),
    powerW: z.number(),
    rackUnits: z.number(),
    dataLeavesPremises: z.boolean(),
    paretoOptimal: z
      .boolean()
      .describe(
        "On the cost (by the basis) / headroom / response-time front among the eligible options; the cheapest always is",
      ),
    reasons: z.array(z.string()).describe("Why it was chosen or where it stands (English)"),
    reasonDetails: z
      .array(z.object({ code: z.enum(REASON_CODES), params: findingParamsSchema }).strict())
      .describe("The reasons as stable codes and params (messages/<locale>/advisor.json reasons.<code>)"),
    findings: z.array(findingSchema),
  })
  .strict();
export type AdviseOption = z.infer<typeof optionSchema>;

export const adviseResultSchema = z
  .object({
    recommended: optionSchema
      .nullable()
      .describe(
        "The cheapest option (by costBasis) that meets the SLOs and every constraint with no error finding",
      ),
    costBasis: z
      .enum(COST_BASES)
      .describe("What options are ranked by: monthlyCostUsd (monthly) or tcoUsd (horizon)"),
    modelSwap: z
      .enum(MODEL_SWAP_POLICIES)
      .describe("Which other LLMs the plan's constraint lets the advisor propose"),
    options: z.array(optionSchema),
    cloudAlternative: z
      .object({
        model: z.string(),
        monthlyUsd: z.number().describe("Recurring cost of month 0, without one-off CAPEX"),
        tcoUsd: z.number(),
      })
      .strict()
      .nullable(),
    searched: z
      .object({
        candidates: z.number().int(),
        pruned: z.number().int(),
        evaluated: z.number().int(),
        ms: z.number(),
      })
      .strict(),
    notes: z.array(z.string()),
  })
  .strict();
export type AdviseResult = z.infer<typeof adviseResultSchema>;
