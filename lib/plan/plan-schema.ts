import { z } from "zod";
import { HARDWARE_FAMILIES } from "../catalog/hardware-schema";
import { CURRENCIES } from "../catalog/exchange-rates";
import { catalogIdSchema } from "../catalog/source";
import { LOCALES } from "../format";
import { CONSTRAINT_FIELDS, METADATA_FIELDS } from "./fields/plan";
import { field } from "./fields/registry";
import { planNameSchema } from "./names";
import { edgeSchema, elementIdSchema, nodeSchema, zoneSchema } from "./node-schema";
import { costsSchema, slosSchema, workloadSchema } from "./workload-schema";

export const CURRENT_SCHEMA_VERSION = 2;
/** Upper bound on nodes in one plan (the API answers 422 above it; the engine is benchmarked at 1,000). */
export const MAX_NODES = 2000;
export const MAX_EDGES = 10_000;

export const ENVIRONMENTS = ["dev", "staging", "production"] as const;

export const metadataSchema = z
  .object({
    name: field(planNameSchema, METADATA_FIELDS.name),
    description: field(z.string().max(4000).default(""), METADATA_FIELDS.description),
    environment: field(z.enum(ENVIRONMENTS).default("production"), METADATA_FIELDS.environment),
    namespacePrefix: field(
      z
        .string()
        .regex(
          /^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$/,
          "a DNS label of up to 30 characters: lowercase letters, digits and '-'",
        )
        .default("devana"),
      METADATA_FIELDS.namespacePrefix,
    ),
    kubernetesVersion: field(
      z
        .string()
        .regex(/^1\.\d{1,2}$/, "a Kubernetes minor version like 1.31")
        .default("1.31"),
      METADATA_FIELDS.kubernetesVersion,
    ),
    currency: field(z.enum(CURRENCIES).default("USD"), METADATA_FIELDS.currency),
    usdToCurrencyRate: field(z.number().positive().max(1000).default(1), METADATA_FIELDS.usdToCurrencyRate),
    exchangeRateAsOf: field(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2025-02-28")
        .optional(),
      METADATA_FIELDS.exchangeRateAsOf,
    ),
    language: field(z.enum(LOCALES).optional(), METADATA_FIELDS.language),
    templateId: field(z.string().optional(), METADATA_FIELDS.templateId),
  })
  .strict();
export type PlanMetadata = z.infer<typeof metadataSchema>;

/**
 * Which LLM the advisor may put in place of the plan's own: any model (absent: the cheapest that meets the SLOs
 * wins), one of the same quality class or better, or only the plan's model (self-hosted, or a hosted open-weight
 * API serving it).
 */
export const MODEL_SWAP_POLICIES = ["any", "same-class", "same-model"] as const;
/** What the advisor ranks options by: monthly cost with CAPEX amortised (absent), or the TCO over the horizon. */
export const COST_BASES = ["monthly", "horizon"] as const;

/** Constraints the sizing advisor must respect. */
export const constraintsSchema = z
  .object({
    dataOnPremises: field(z.boolean().default(false), CONSTRAINT_FIELDS.dataOnPremises),
    allowedHardwareFamilies: field(
      z.array(z.enum(HARDWARE_FAMILIES)).min(1).default(["nvidia", "apple"]),
      CONSTRAINT_FIELDS.allowedHardwareFamilies,
    ),
    maxMonthlyUsd: field(z.number().positive().optional(), CONSTRAINT_FIELDS.maxMonthlyUsd),
    capexCapUsd: field(z.number().positive().optional(), CONSTRAINT_FIELDS.capexCapUsd),
    maxPowerW: field(z.number().positive().optional(), CONSTRAINT_FIELDS.maxPowerW),
    maxRackUnits: field(z.number().positive().optional(), CONSTRAINT_FIELDS.maxRackUnits),
    minModelParamsB: field(z.number().positive().optional(), CONSTRAINT_FIELDS.minModelParamsB),
    allowedModels: field(z.array(catalogIdSchema).optional(), CONSTRAINT_FIELDS.allowedModels),
    precisionFloor: field(catalogIdSchema.optional(), CONSTRAINT_FIELDS.precisionFloor),
    modelSwap: field(z.enum(MODEL_SWAP_POLICIES).optional(), CONSTRAINT_FIELDS.modelSwap),
    costBasis: field(z.enum(COST_BASES).optional(), CONSTRAINT_FIELDS.costBasis),
  })
  .strict();
export type Constraints = z.infer<typeof constraintsSchema>;

export const SCENARIO_KINDS = ["cloud", "self-hosted", "hybrid", "mac-cluster", "custom"] as const;

/** A named variant of the LLM/embedding hosting: its AI nodes replace the plan's when applied or compared. */
export const scenarioSchema = z
  .object({
    id: elementIdSchema,
    name: z.string().min(1).max(80),
    description: z.string().max(2000).default(""),
    kind: z.enum(SCENARIO_KINDS).default("custom"),
    createdBy: z.enum(["user", "advisor", "template"]).default("user"),
    nodes: z.array(nodeSchema).max(200).describe("The scenario's llm, embeddings and cloud-llm nodes"),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.nodes.forEach((n, i) => {
      if (n.kind !== "llm" && n.kind !== "embeddings" && n.kind !== "cloud-llm") {
        ctx.addIssue({
          code: "custom",
          path: ["nodes", i, "kind"],
          message: `a scenario holds AI nodes only (llm, embeddings, cloud-llm), not ${n.kind}`,
        });
      }
    });
  });
export type Scenario = z.infer<typeof scenarioSchema>;

const planObjectSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    metadata: metadataSchema,
    workload: workloadSchema.default(() => workloadSchema.parse({})),
    slos: slosSchema.default(() => slosSchema.parse({})),
    costs: costsSchema.default(() => costsSchema.parse({})),
    constraints: constraintsSchema.default(() => constraintsSchema.parse({})),
    zones: z.array(zoneSchema).max(50).default([]),
    nodes: z.array(nodeSchema).max(MAX_NODES, `a plan holds at most ${MAX_NODES} nodes`).default([]),
    edges: z.array(edgeSchema).max(MAX_EDGES, `a plan holds at most ${MAX_EDGES} edges`).default([]),
    scenarios: z.array(scenarioSchema).max(20).default([]),
  })
  .strict();

/**
 * The plan document — single source of truth for the UI, API, CLI, storage and exports.
 * Structural rules beyond field types: ids are unique, edges join existing nodes, nodes sit in existing zones.
 */
export const planSchema = planObjectSchema.superRefine((plan, ctx) => {
  const nodeIds = new Map<string, number>();
  plan.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id))
      ctx.addIssue({
        code: "custom",
        path: ["nodes", i, "id"],
        message: `duplicate node id "${n.id}" (also nodes[${nodeIds.get(n.id)}])`,
      });
    else nodeIds.set(n.id, i);
  });
  const zoneIds = new Set<string>();
  plan.zones.forEach((z, i) => {
    if (zoneIds.has(z.id))
      ctx.addIssue({ code: "custom", path: ["zones", i, "id"], message: `duplicate zone id "${z.id}"` });
    zoneIds.add(z.id);
  });
  plan.nodes.forEach((n, i) => {
    if (n.zoneId !== null && !zoneIds.has(n.zoneId)) {
      ctx.addIssue({
        code: "custom",
        path: ["nodes", i, "zoneId"],
        message: `zone "${n.zoneId}" does not exist; use one of: ${[...zoneIds].join(", ") || "(no zones)"} or null`,
      });
    }
  });
  const edgeIds = new Set<string>();
  plan.edges.forEach((e, i) => {
    if (edgeIds.has(e.id))
      ctx.addIssue({ code: "custom", path: ["edges", i, "id"], message: `duplicate edge id "${e.id}"` });
    edgeIds.add(e.id);
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(e[end])) {
        ctx.addIssue({
          code: "custom",
          path: ["edges", i, end],
          message: `node "${e[end]}" does not exist in this plan`,
        });
      }
    }
  });
  const scenarioIds = new Set<string>();
  plan.scenarios.forEach((s, i) => {
    if (scenarioIds.has(s.id))
      ctx.addIssue({
        code: "custom",
        path: ["scenarios", i, "id"],
        message: `duplicate scenario id "${s.id}"`,
      });
    scenarioIds.add(s.id);
  });
});

export type PlanDocument = z.infer<typeof planSchema>;
export type PlanDocumentInput = z.input<typeof planSchema>;
export { elementIdSchema };
