import { z } from "zod";
import { COMPONENTS, COMPONENT_KINDS, ZONE_KINDS } from "../catalog/components";
import { customHardwareSchema } from "../catalog/hardware-schema";
import { customModelSchema } from "../catalog/model-schema";
import { LINK_CLASSES } from "../catalog/network";
import { catalogIdSchema } from "../catalog/source";

/** Ids of nodes, edges, zones and scenarios: short, URL- and DNS-friendly. */
export const elementIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' and '_' (starting with a letter or digit)");

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

/** Per-replica resources that override what the sizing model computes. */
export const resourcesSchema = z
  .object({
    cpuCores: z.number().positive().max(1024).optional().describe("CPU cores per replica"),
    memoryGb: z.number().positive().max(16_384).optional().describe("RAM per replica, GB"),
    storageGb: z
      .number()
      .nonnegative()
      .max(10_000_000)
      .optional()
      .describe("Persistent storage per replica, GB"),
  })
  .strict();
export type Resources = z.infer<typeof resourcesSchema>;

export const autoscaleSchema = z
  .object({
    minReplicas: z.number().int().min(1).max(1000),
    maxReplicas: z.number().int().min(1).max(1000),
    targetCpuPct: z.number().int().min(10).max(100).default(70),
  })
  .strict()
  .refine((a) => a.maxReplicas >= a.minReplicas, {
    message: "maxReplicas must be ≥ minReplicas",
    path: ["maxReplicas"],
  });

/**
 * How a self-hosted LLM or embedding node serves its model. One *instance* spans `devices` accelerators (or Macs);
 * the node's `replicas` are data-parallel copies of that instance.
 */
export const servingSchema = z
  .object({
    product: catalogIdSchema
      .optional()
      .describe("Catalog product the devices come in (e.g. hgx-h100-8); informative"),
    hardware: z
      .union([catalogIdSchema, customHardwareSchema])
      .describe("Hardware id, or a custom device's specs"),
    devices: z
      .number()
      .int()
      .min(1)
      .max(4096)
      .default(1)
      .describe("Accelerators (or Macs) per model instance"),
    devicesPerNode: z
      .number()
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe("Devices per server; more devices span servers"),
    interconnect: catalogIdSchema
      .optional()
      .describe("Fabric between servers when an instance spans several"),
    memoryGb: z
      .number()
      .positive()
      .max(4096)
      .optional()
      .describe("Memory per device override, GB (Apple options)"),
    model: z.union([catalogIdSchema, customModelSchema]).describe("Model id, or a custom architecture"),
    precision: catalogIdSchema.describe("Weight precision (bf16, fp8, int4, q4_k_m, …)"),
    kvPrecision: catalogIdSchema
      .optional()
      .describe("KV-cache precision (default: fp16/bf16, fp8 where set)"),
    framework: catalogIdSchema.describe("Serving framework (vllm, tensorrt-llm, llama.cpp, mlx, …)"),
    concurrency: z
      .union([z.number().int().min(1).max(100_000), z.literal("max")])
      .optional()
      .describe("Sequences per replica; absent = the most the SLOs allow"),
    trafficSharePct: z.number().min(0).max(100).optional().describe("Share of the LLM traffic sent here, %"),
  })
  .strict();
export type Serving = z.infer<typeof servingSchema>;

export const cloudSchema = z
  .object({
    provider: z.enum(["openai", "azure-openai", "anthropic"]),
    model: catalogIdSchema.describe("Cloud model id from the catalog (e.g. openai-gpt-4.1)"),
    purpose: z.enum(["llm", "embeddings"]).default("llm"),
    role: z
      .enum(["primary", "fallback"])
      .default("primary")
      .describe("fallback: takes the overflow share only"),
    trafficSharePct: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe("Share of the traffic sent to this provider, %"),
  })
  .strict();
export type Cloud = z.infer<typeof cloudSchema>;

export const componentKindSchema = z.enum(COMPONENT_KINDS);

export const nodeSchema = z
  .object({
    id: elementIdSchema,
    kind: componentKindSchema,
    label: z.string().min(1).max(80),
    zoneId: elementIdSchema
      .nullable()
      .default(null)
      .describe("Zone the node sits in (null = outside every zone)"),
    position: positionSchema.default({ x: 0, y: 0 }),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .describe("Pods, cluster members or data-parallel copies"),
    autoscale: autoscaleSchema.optional(),
    resources: resourcesSchema.optional(),
    gpu: z
      .object({ hardware: catalogIdSchema, perReplica: z.number().int().min(1).max(16).default(1) })
      .strict()
      .optional()
      .describe("GPUs for a non-serving component (Odin OCR)"),
    serving: servingSchema.optional(),
    cloud: cloudSchema.optional(),
    notes: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((node, ctx) => {
    const spec = COMPONENTS[node.kind];
    if (spec.serving === "self-hosted" && !node.serving) {
      ctx.addIssue({
        code: "custom",
        path: ["serving"],
        message: `a ${node.kind} node needs "serving" (hardware, model, precision, framework)`,
      });
    }
    if (spec.serving !== "self-hosted" && node.serving) {
      ctx.addIssue({
        code: "custom",
        path: ["serving"],
        message: `only llm and embeddings nodes have "serving", not ${node.kind}`,
      });
    }
    if (spec.serving === "cloud" && !node.cloud) {
      ctx.addIssue({
        code: "custom",
        path: ["cloud"],
        message: `a cloud-llm node needs "cloud" (provider and model)`,
      });
    }
    if (spec.serving !== "cloud" && node.cloud) {
      ctx.addIssue({
        code: "custom",
        path: ["cloud"],
        message: `only cloud-llm nodes have "cloud", not ${node.kind}`,
      });
    }
    if (
      node.autoscale &&
      (node.replicas < node.autoscale.minReplicas || node.replicas > node.autoscale.maxReplicas)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["replicas"],
        message: `replicas (${node.replicas}) must lie within autoscale ${node.autoscale.minReplicas}–${node.autoscale.maxReplicas}`,
      });
    }
  });
export type PlanNode = z.infer<typeof nodeSchema>;
export type PlanNodeInput = z.input<typeof nodeSchema>;

export const edgeSchema = z
  .object({
    id: elementIdSchema,
    source: elementIdSchema,
    target: elementIdSchema,
    port: z.number().int().min(1).max(65_535),
    linkClass: z.enum(LINK_CLASSES).default("same-zone"),
    latencyMs: z
      .number()
      .min(0)
      .max(10_000)
      .optional()
      .describe("Measured or expected latency, overrides the link class"),
    note: z.string().max(500).optional(),
  })
  .strict();
export type PlanEdge = z.infer<typeof edgeSchema>;

export const zoneSchema = z
  .object({
    id: elementIdSchema,
    kind: z.enum(ZONE_KINDS),
    label: z.string().min(1).max(80),
    cidr: z
      .string()
      .regex(
        /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/,
        "an IPv4 CIDR like 10.0.10.0/24",
      ),
    position: positionSchema.default({ x: 0, y: 0 }),
    size: z
      .object({ width: z.number().min(80).max(100_000), height: z.number().min(60).max(100_000) })
      .strict()
      .default({ width: 420, height: 260 }),
  })
  .strict();
export type PlanZone = z.infer<typeof zoneSchema>;
