import { z } from "zod";
import { COMPONENT_KINDS } from "../../catalog/components";
import { ENVIRONMENTS } from "../../plan/plan-schema";

/**
 * The Helm values contract: one zod schema is the source of both the TypeScript type the generator fills and
 * helm/values.schema.json (z.toJSONSchema, draft-07 — what Helm validates values against on install).
 */
const dnsLabel = z
  .string()
  .regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/)
  .max(63);
const cpu = z
  .string()
  .regex(/^\d+(m)?$/)
  .describe('CPU quantity: cores ("4") or millicores ("250m")');
const memory = z
  .string()
  .regex(/^\d+(Mi|Gi)$/)
  .describe("Memory quantity (Mi/Gi)");
const storage = z
  .string()
  .regex(/^\d+G$/)
  .describe("Storage quantity, decimal GB (10^9 bytes) as the storage model counts");
const storageClass = z.enum(["fast-ssd", "standard", "s3-csi"]);

const resources = z.object({ cpu, memory, "nvidia.com/gpu": z.number().int().min(1).optional() }).strict();

const serving = z
  .object({
    framework: z.string(),
    model: z.string(),
    servedModelName: z.string(),
    precision: z.string(),
    kvCacheDtype: z.string(),
    tensorParallelSize: z.number().int().min(1),
    pipelineParallelSize: z.number().int().min(1),
    maxNumSeqs: z
      .number()
      .int()
      .min(1)
      .describe("Max concurrent sequences per replica (engine: SLO concurrency)"),
    maxModelLen: z
      .number()
      .int()
      .min(1)
      .describe("Context the KV cache was sized for: prompt + output tokens"),
    gpuMemoryUtilization: z.number().min(0.1).max(1),
  })
  .strict();

export const componentValuesSchema = z
  .object({
    enabled: z.boolean(),
    nodeId: z.string(),
    label: z.string(),
    kind: z.enum(COMPONENT_KINDS),
    namespace: dnsLabel,
    workload: z.enum(["Deployment", "StatefulSet"]),
    replicas: z.number().int().min(1),
    autoscaling: z
      .object({
        enabled: z.boolean(),
        minReplicas: z.number().int().min(1),
        maxReplicas: z.number().int().min(1),
        targetCPUUtilizationPercentage: z.number().int().min(1).max(100),
      })
      .strict(),
    image: z.object({ repository: z.string().min(1), tag: z.string().min(1) }).strict(),
    command: z.array(z.string()),
    args: z.array(z.string()),
    ports: z.array(z.object({ name: z.string().max(15), port: z.number().int().min(1).max(65535) }).strict()),
    resources: z.object({ requests: resources, limits: resources }).strict(),
    persistence: z
      .object({
        enabled: z.boolean(),
        storageClass: storageClass.nullable(),
        size: storage.nullable(),
        basis: z.string(),
      })
      .strict(),
    nodeSelector: z.record(z.string(), z.string()),
    tolerations: z.array(
      z.object({ key: z.string(), operator: z.enum(["Exists", "Equal"]), effect: z.string() }).strict(),
    ),
    serving: serving.nullable(),
  })
  .strict();

export const externalValuesSchema = z
  .object({
    nodeId: z.string(),
    label: z.string(),
    kind: z.enum(COMPONENT_KINDS),
    namespace: dnsLabel,
    reason: z.enum(["apple-silicon", "cloud-provider"]),
    externalName: z.string().min(1),
    port: z.number().int().min(1).max(65535),
  })
  .strict();

export const valuesSchema = z
  .object({
    global: z
      .object({
        plan: z.string(),
        environment: z.enum(ENVIRONMENTS),
        namespacePrefix: dnsLabel,
        kubernetesVersion: z.string().regex(/^1\.\d{1,2}$/),
        users: z.number().int().min(1),
      })
      .strict(),
    namespaces: z.object({ app: dnsLabel, services: dnsLabel, ai: dnsLabel, monitoring: dnsLabel }).strict(),
    components: z.record(dnsLabel, componentValuesSchema),
    externals: z.record(dnsLabel, externalValuesSchema),
    ingress: z
      .object({
        enabled: z.boolean(),
        className: z.string(),
        tlsSecretName: z.string(),
        issuer: z.string(),
        hosts: z.array(z.object({ host: z.string(), service: dnsLabel, port: z.number().int() }).strict()),
        controller: z
          .object({
            replicaCount: z.number().int().min(0),
            resources: z.object({ requests: resources, limits: resources }).strict(),
          })
          .strict()
          .describe("Sizing of the ingress controller add-on: the plan's load balancer"),
      })
      .strict(),
    storageClasses: z.array(storageClass),
    claims: z.record(dnsLabel, z.object({ storageClass, size: storage, basis: z.string() }).strict()),
  })
  .strict();

export type HelmValues = z.infer<typeof valuesSchema>;

/** values.schema.json: the JSON Schema (draft-07) of valuesSchema. */
export function valuesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(valuesSchema, { target: "draft-7" }) as Record<string, unknown>;
}
