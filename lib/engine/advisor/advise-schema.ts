import { z } from "zod";
import { nodeSchema } from "../../plan/node-schema";
import { findingSchema } from "../report-schema";

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

export const optionSchema = z
  .object({
    id: z.string(),
    description: z.string(),
    deployment: deploymentSchema,
    meetsSlo: z.boolean(),
    monthlyCostUsd: z
      .number()
      .describe("Whole plan, month 0 without CAPEX, plus CAPEX amortised over the plan's period"),
    tcoUsd: z.number().describe("Whole plan over the horizon (CAPEX in month 0)"),
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
    paretoOptimal: z.boolean(),
    reasons: z.array(z.string()).describe("Why it was chosen or where it stands"),
    findings: z.array(findingSchema),
  })
  .strict();
export type AdviseOption = z.infer<typeof optionSchema>;

export const adviseResultSchema = z
  .object({
    recommended: optionSchema.nullable(),
    options: z.array(optionSchema),
    cloudAlternative: z
      .object({ model: z.string(), monthlyUsd: z.number(), tcoUsd: z.number() })
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
