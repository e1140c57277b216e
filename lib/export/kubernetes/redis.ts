import type { RedisTopology } from "../../engine/rules/store-topology";
import { componentSizing } from "../model/components";
import { IMAGES } from "../model/images";
import { redisSettings } from "../model/stores";
import type { WorkloadModel } from "../model/types";
import { planAnnotations, selectorLabels, storageQuantity, workloadLabels, type K8sObject } from "./meta";
import { containerSecurity, podSecurity, resources } from "./pod";

/** Sentinel pods are small: a few hundred keys of state [planner]. */
const SENTINEL = { cpuCores: 0.1, memoryGi: 0.125, gpus: 0 };

const confName = (w: WorkloadModel) => `${w.name}-redis-conf`;

/** Label shared by the Redis and Sentinel pods of one store (their NetworkPolicy peers). */
export const STORE_LABEL = "stackplan.io/store";

function commonSpec(w: WorkloadModel, prefix: string, name: string): Record<string, unknown> {
  return {
    podSecurityContext: podSecurity(w.security),
    securityContext: containerSecurity(w.security),
    affinity: {
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          {
            labelSelector: { matchLabels: selectorLabels({ name }, prefix) },
            topologyKey: "kubernetes.io/hostname",
          },
        ],
      },
    },
    pdb: { enabled: true, maxUnavailable: 1 },
  };
}

/**
 * Redis with replicas as the OT-Container-Kit operator runs it: a RedisReplication (primary + replicas, the
 * operator labels the current primary and points `<name>-master` at it) and a RedisSentinel of three that promotes
 * a replica when the primary fails. Persistence and eviction come from a redis.conf fragment.
 */
export function redisObjects(w: WorkloadModel, namespace: string, prefix: string): K8sObject[] {
  const t = w.store as RedisTopology;
  const labels = { ...workloadLabels(w, prefix), [STORE_LABEL]: w.name };
  const sentinelName = `${w.name}-sentinel`;
  const secret = { name: `${w.name}-secret`, key: "REDIS_PASSWORD" };
  const meta = (name: string) => ({
    name,
    namespace,
    labels: { ...labels, "app.kubernetes.io/name": name },
    annotations: planAnnotations(w),
  });
  const storage = w.storage!;
  return [
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: confName(w), namespace, labels },
      data: {
        "redis-additional.conf": `${redisSettings(t)
          .map(([k, v]) => `${k} ${v}`)
          .join("\n")}\n`,
      },
    },
    {
      apiVersion: "redis.redis.opstreelabs.in/v1beta2",
      kind: "RedisReplication",
      metadata: meta(w.name),
      spec: {
        clusterSize: t.replicas,
        kubernetesConfig: {
          image: IMAGES.redisOperator,
          imagePullPolicy: "IfNotPresent",
          resources: resources({ ...componentSizing(w.containers), gpus: 0 }),
          redisSecret: secret,
        },
        redisConfig: { maxMemoryPercentOfLimit: t.maxmemoryPct, additionalRedisConfig: confName(w) },
        redisExporter: {
          enabled: true,
          image: IMAGES.redisExporter,
          securityContext: containerSecurity({ ...w.security, readOnlyRootFilesystem: true }),
        },
        storage: {
          volumeClaimTemplate: {
            spec: {
              accessModes: [storage.accessMode],
              storageClassName: storage.storageClass,
              resources: { requests: { storage: storageQuantity(storage.sizeG) } },
            },
          },
        },
        ...commonSpec(w, prefix, w.name),
      },
    },
    {
      apiVersion: "redis.redis.opstreelabs.in/v1beta2",
      kind: "RedisSentinel",
      metadata: meta(sentinelName),
      spec: {
        clusterSize: t.sentinels,
        kubernetesConfig: {
          image: IMAGES.redisSentinel,
          imagePullPolicy: "IfNotPresent",
          resources: resources(SENTINEL),
          redisSecret: secret,
        },
        redisSentinelConfig: {
          redisReplicationName: w.name,
          quorum: String(Math.floor(t.sentinels / 2) + 1),
          redisReplicationPassword: { secretKeyRef: secret },
        },
        ...commonSpec(w, prefix, sentinelName),
      },
    },
  ];
}
