import { z } from "zod";
import { COMPONENTS, COMPONENT_KINDS, ZONE_KINDS } from "../catalog/components";
import { customHardwareSchema } from "../catalog/hardware-schema";
import { customModelSchema } from "../catalog/model-schema";
import { LINK_CLASSES } from "../catalog/network";
import { catalogIdSchema } from "../catalog/source";
import { CLOUD_PROVIDERS } from "../catalog/runtime-schema";
import {
  AUTOSCALE_FIELDS,
  CLOUD_FIELDS,
  EDGE_FIELDS,
  GPU_FIELDS,
  NODE_FIELDS,
  POSITION_FIELDS,
  RESOURCE_FIELDS,
  SERVING_FIELDS,
  SIZE_FIELDS,
  ZONE_FIELDS,
} from "./fields/node";
import { field } from "./fields/registry";

/** Ids of nodes, edges, zones and scenarios: short, URL- and DNS-friendly. */
/** The most replicas one node may declare (schema bound; templates clamp their sizing to it). */
export const MAX_REPLICAS = 1000;

export const elementIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' and '_' (starting with a letter or digit)");

export const positionSchema = z
  .object({
    x: field(z.number().finite(), POSITION_FIELDS.x),
    y: field(z.number().finite(), POSITION_FIELDS.y),
  })
  .strict();

/** Per-replica resources that override what the sizing model computes. */
export const resourcesSchema = z
  .object({
    cpuCores: field(z.number().positive().max(1024).optional(), RESOURCE_FIELDS.cpuCores),
    memoryGb: field(z.number().positive().max(16_384).optional(), RESOURCE_FIELDS.memoryGb),
    storageGb: field(z.number().nonnegative().max(10_000_000).optional(), RESOURCE_FIELDS.storageGb),
  })
  .strict();
export type Resources = z.infer<typeof resourcesSchema>;

export const autoscaleSchema = z
  .object({
    minReplicas: field(z.number().int().min(1).max(MAX_REPLICAS), AUTOSCALE_FIELDS.minReplicas),
    maxReplicas: field(z.number().int().min(1).max(MAX_REPLICAS), AUTOSCALE_FIELDS.maxReplicas),
    targetCpuPct: field(z.number().int().min(10).max(100).default(70), AUTOSCALE_FIELDS.targetCpuPct),
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
    product: field(catalogIdSchema.optional(), SERVING_FIELDS.product),
    hardware: field(z.union([catalogIdSchema, customHardwareSchema]), SERVING_FIELDS.hardware),
    devices: field(z.number().int().min(1).max(4096).default(1), SERVING_FIELDS.devices),
    devicesPerNode: field(z.number().int().min(1).max(64).optional(), SERVING_FIELDS.devicesPerNode),
    interconnect: field(catalogIdSchema.optional(), SERVING_FIELDS.interconnect),
    memoryGb: field(z.number().positive().max(4096).optional(), SERVING_FIELDS.memoryGb),
    model: field(z.union([catalogIdSchema, customModelSchema]), SERVING_FIELDS.model),
    precision: field(catalogIdSchema, SERVING_FIELDS.precision),
    kvPrecision: field(catalogIdSchema.optional(), SERVING_FIELDS.kvPrecision),
    framework: field(catalogIdSchema, SERVING_FIELDS.framework),
    concurrency: field(
      z.union([z.number().int().min(1).max(100_000), z.literal("max")]).optional(),
      SERVING_FIELDS.concurrency,
    ),
    trafficSharePct: field(z.number().min(0).max(100).optional(), SERVING_FIELDS.trafficSharePct),
  })
  .strict();
export type Serving = z.infer<typeof servingSchema>;

export const cloudSchema = z
  .object({
    provider: field(z.enum(CLOUD_PROVIDERS), CLOUD_FIELDS.provider),
    model: field(catalogIdSchema, CLOUD_FIELDS.model),
    purpose: field(z.enum(["llm", "embeddings"]).default("llm"), CLOUD_FIELDS.purpose),
    role: field(z.enum(["primary", "fallback"]).default("primary"), CLOUD_FIELDS.role),
    trafficSharePct: field(z.number().min(0).max(100).optional(), CLOUD_FIELDS.trafficSharePct),
  })
  .strict();
export type Cloud = z.infer<typeof cloudSchema>;

export const componentKindSchema = z.enum(COMPONENT_KINDS);

export const nodeSchema = z
  .object({
    id: elementIdSchema,
    kind: componentKindSchema,
    label: field(z.string().min(1).max(80), NODE_FIELDS.label),
    zoneId: field(elementIdSchema.nullable().default(null), NODE_FIELDS.zoneId),
    position: positionSchema.default({ x: 0, y: 0 }),
    replicas: field(z.number().int().min(1).max(MAX_REPLICAS).default(1), NODE_FIELDS.replicas),
    autoscale: field(autoscaleSchema.optional(), NODE_FIELDS.autoscale),
    resources: field(resourcesSchema.optional(), NODE_FIELDS.resources),
    gpu: field(
      z
        .object({
          hardware: field(catalogIdSchema, GPU_FIELDS.hardware),
          perReplica: field(z.number().int().min(1).max(16).default(1), GPU_FIELDS.perReplica),
        })
        .strict()
        .optional(),
      NODE_FIELDS.gpu,
    ),
    serving: field(servingSchema.optional(), NODE_FIELDS.serving),
    cloud: field(cloudSchema.optional(), NODE_FIELDS.cloud),
    notes: field(z.string().max(2000).optional(), NODE_FIELDS.notes),
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
    port: field(z.number().int().min(1).max(65_535), EDGE_FIELDS.port),
    linkClass: field(z.enum(LINK_CLASSES).default("same-zone"), EDGE_FIELDS.linkClass),
    latencyMs: field(z.number().min(0).max(10_000).optional(), EDGE_FIELDS.latencyMs),
    note: field(z.string().max(500).optional(), EDGE_FIELDS.note),
  })
  .strict();
export type PlanEdge = z.infer<typeof edgeSchema>;

export const zoneSchema = z
  .object({
    id: elementIdSchema,
    kind: field(z.enum(ZONE_KINDS), ZONE_FIELDS.kind),
    label: field(z.string().min(1).max(80), ZONE_FIELDS.label),
    cidr: field(
      z
        .string()
        .regex(
          /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/,
          "an IPv4 CIDR like 10.0.10.0/24",
        ),
      ZONE_FIELDS.cidr,
    ),
    position: positionSchema.default({ x: 0, y: 0 }),
    size: z
      .object({
        width: field(z.number().min(80).max(100_000), SIZE_FIELDS.width),
        height: field(z.number().min(60).max(100_000), SIZE_FIELDS.height),
      })
      .strict()
      .default({ width: 420, height: 260 }),
  })
  .strict();
export type PlanZone = z.infer<typeof zoneSchema>;
