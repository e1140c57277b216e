import type { PostgresTopology, RedisTopology } from "../../engine/rules/store-topology";
import { cpuQuantity, memoryQuantity, storageQuantity } from "../kubernetes/meta";
import {
  appSecretName,
  backupBucket,
  backupSecretName,
  BACKUP_RETENTION,
  BARMAN_PLUGIN,
} from "../kubernetes/postgres";
import { componentSizing } from "../model/components";
import { IMAGES } from "../model/images";
import { redisSettings } from "../model/stores";
import type { WorkloadModel } from "../model/types";

/** Kubernetes resources of a workload's own containers (requests = limits). */
export function resourcesOf(w: WorkloadModel): Record<string, Record<string, string>> {
  const s = componentSizing(w.containers);
  const amounts = { cpu: cpuQuantity(s.cpuCores), memory: memoryQuantity(s.memoryGi) };
  return { requests: amounts, limits: { ...amounts } };
}

/** Restricted pod and container security contexts, in the shape most charts take them. */
export function securityValues(w: WorkloadModel) {
  const s = w.security;
  return {
    pod: {
      runAsNonRoot: true,
      runAsUser: s.runAsUser,
      runAsGroup: s.runAsGroup,
      fsGroup: s.fsGroup,
      seccompProfile: { type: "RuntimeDefault" },
    },
    container: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      readOnlyRootFilesystem: s.readOnlyRootFilesystem,
    },
  };
}

/** CloudNativePG's `cluster` chart: the same Cluster, Barman Cloud backups, schedule and pooler as the manifests. */
export function postgresValues(
  w: WorkloadModel,
  prefix: string,
  s3Endpoint: string,
): Record<string, unknown> {
  const t = w.store as PostgresTopology;
  const memoryMb = Math.floor(componentSizing(w.containers).memoryGi * 1024);
  return {
    fullnameOverride: w.name,
    type: "postgresql",
    mode: "standalone",
    version: { postgresql: "17" },
    cluster: {
      instances: t.instances,
      imageName: IMAGES.cnpgPostgres,
      storage: { size: storageQuantity(w.storage!.sizeG), storageClass: w.storage!.storageClass },
      resources: resourcesOf(w),
      affinity: { topologyKey: "kubernetes.io/hostname" },
      enableSuperuserAccess: false,
      initdb: { database: "app", owner: "app", secret: { name: appSecretName(w) } },
      postgresql: {
        parameters: {
          archive_timeout: `${t.archiveTimeoutMinutes}min`,
          max_connections: "100",
          shared_buffers: `${Math.floor(memoryMb / 4)}MB`,
        },
        ...(t.synchronous
          ? { synchronous: { method: "any", number: t.synchronous, dataDurability: "required" } }
          : {}),
      },
      plugins: [{ name: BARMAN_PLUGIN, enabled: true, isWALArchiver: true }],
      additionalLabels: { "stackplan.io/job": w.job },
      annotations: { "prometheus.io/scrape": "true", "prometheus.io/port": "9187" },
    },
    backups: {
      enabled: true,
      method: "plugin",
      provider: "s3",
      endpointURL: s3Endpoint,
      destinationPath: `s3://${backupBucket(prefix)}/`,
      s3: { bucket: backupBucket(prefix), path: "/" },
      secret: { create: false, name: backupSecretName(w) },
      retentionPolicy: BACKUP_RETENTION,
      scheduledBackups: [
        { name: "daily", schedule: "0 0 2 * * *", backupOwnerReference: "self", method: "plugin" },
      ],
    },
    poolers: t.pooler
      ? [
          {
            name: "rw",
            type: "rw",
            poolMode: "transaction",
            instances: t.pooler.instances,
            parameters: {
              max_client_conn: String(t.pooler.clientConnections),
              default_pool_size: String(Math.floor(t.pooler.serverConnections / t.pooler.instances)),
            },
          },
        ]
      : [],
  };
}

/** Bitnami images moved to the `bitnamilegacy` repository (no more updates): pinned explicitly, see the README. */
const bitnami = (repository: string, tag: string) => ({ registry: "docker.io", repository, tag });

/** Bitnami's redis chart: replication with Sentinel (a master Service follows failovers), or one standalone pod. */
export function redisValues(w: WorkloadModel): Record<string, unknown> {
  const t = w.store as RedisTopology;
  const sec = securityValues(w);
  const maxmemory = Math.floor((componentSizing(w.containers).memoryGi * 1024 ** 3 * t.maxmemoryPct) / 100);
  const node = {
    resources: resourcesOf(w),
    persistence: {
      enabled: true,
      storageClass: w.storage!.storageClass,
      size: storageQuantity(w.storage!.sizeG),
    },
    podAntiAffinityPreset: "hard",
    podSecurityContext: { enabled: true, ...sec.pod },
  };
  const replicated = t.replicas > 1;
  return {
    fullnameOverride: w.name,
    commonLabels: { "stackplan.io/job": w.job },
    architecture: replicated ? "replication" : "standalone",
    image: bitnami("bitnamilegacy/redis", "8.2.1-debian-12-r0"),
    auth: { enabled: true, existingSecret: `${w.name}-secret`, existingSecretPasswordKey: "REDIS_PASSWORD" },
    commonConfiguration: [...redisSettings(t), ["maxmemory", String(maxmemory)]]
      .map(([k, v]) => `${k} ${v}`)
      .join("\n"),
    ...(replicated
      ? {
          replica: { replicaCount: t.replicas, ...node },
          sentinel: {
            enabled: true,
            image: bitnami("bitnamilegacy/redis-sentinel", "8.2.1-debian-12-r0"),
            quorum: Math.floor(t.sentinels / 2) + 1,
            masterService: { enabled: true },
          },
        }
      : { master: node }),
    metrics: {
      enabled: true,
      image: bitnami("bitnamilegacy/redis-exporter", "1.76.0-debian-12-r0"),
      podAnnotations: { "prometheus.io/scrape": "true", "prometheus.io/port": "9121" },
    },
  };
}

/** The community `chromadb` chart: one server on its volume (the chart offers no container security context). */
export function chromaValues(w: WorkloadModel): Record<string, unknown> {
  const [repository, tag] = IMAGES.chroma.split(":");
  return {
    fullnameOverride: w.name,
    replicaCount: 1,
    image: { repository, tag },
    resources: resourcesOf(w),
    podSpec: { securityContext: securityValues(w).pod },
    chromadb: {
      isPersistent: true,
      persistDirectory: "/data",
      data: { volumeSize: storageQuantity(w.storage!.sizeG), storageClass: w.storage!.storageClass },
    },
  };
}

/** Meilisearch's chart: one server, its volume, daily snapshots on the same volume. */
export function meiliValues(w: WorkloadModel): Record<string, unknown> {
  const [repository, tag] = IMAGES.meili.split(":");
  const sec = securityValues(w);
  return {
    fullnameOverride: w.name,
    image: { repository, tag },
    environment: {
      MEILI_ENV: w.config.MEILI_ENV,
      MEILI_NO_ANALYTICS: true,
      MEILI_SCHEDULE_SNAPSHOT: w.config.MEILI_SCHEDULE_SNAPSHOT,
      MEILI_SNAPSHOT_DIR: "/meili_data/snapshots",
    },
    auth: { existingMasterKeySecret: `${w.name}-secret` },
    podSecurityContext: sec.pod,
    securityContext: sec.container,
    persistence: {
      enabled: true,
      storageClass: w.storage!.storageClass,
      size: storageQuantity(w.storage!.sizeG * 2),
    },
    resources: resourcesOf(w),
  };
}

/** MinIO's community chart in distributed mode: the same servers, drives and erasure layout. */
export function minioValues(w: WorkloadModel): Record<string, unknown> {
  const servers = w.store?.kind === "s3" ? w.store : null;
  const [repository, tag] = IMAGES.minio.split(":");
  const sec = securityValues(w);
  return {
    fullnameOverride: w.name,
    image: { repository, tag },
    mode: (servers?.servers ?? 1) > 1 ? "distributed" : "standalone",
    replicas: servers?.servers ?? 1,
    drivesPerNode: servers?.drivesPerServer ?? 1,
    existingSecret: `${w.name}-root`,
    persistence: {
      enabled: true,
      storageClass: w.storage!.storageClass,
      size: storageQuantity(w.storage!.sizeG),
    },
    resources: resourcesOf(w),
    securityContext: {
      enabled: true,
      runAsUser: sec.pod.runAsUser,
      runAsGroup: sec.pod.runAsGroup,
      fsGroup: sec.pod.fsGroup,
    },
    containerSecurityContext: { ...sec.container, readOnlyRootFilesystem: false },
    podAnnotations: { "prometheus.io/scrape": "true", "prometheus.io/path": "/minio/v2/metrics/cluster" },
  };
}
