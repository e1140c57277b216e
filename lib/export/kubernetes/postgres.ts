import type { PostgresTopology } from "../../engine/rules/store-topology";
import { componentSizing } from "../model/components";
import { IMAGES } from "../model/images";
import { APP_DATABASE } from "../model/stores";
import type { ConnectionModel, WorkloadModel } from "../model/types";
import { commonLabels, planAnnotations, storageQuantity, workloadLabels, type K8sObject } from "./meta";
import { resources, scrapeAnnotations } from "./pod";
import { SECRET_PLACEHOLDER } from "./settings";

/** The Barman Cloud plugin that archives WAL and takes base backups (CloudNativePG ≥ 1.26; in-tree support ends). */
export const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
/** §5: daily snapshots kept 30 days. */
export const BACKUP_RETENTION = "30d";

export const appSecretName = (w: WorkloadModel) => `${w.name}-app`;
export const backupSecretName = (w: WorkloadModel) => `${w.name}-backup-s3`;
export const objectStoreName = (w: WorkloadModel) => `${w.name}-backups`;
export const backupBucket = (prefix: string) => `${prefix}-postgres-backups`;

/** Where the WAL archive goes: the plan's MinIO through its in-cluster Service, or an external S3 to fill in. */
function endpoint(w: WorkloadModel, resolve: (c: ConnectionModel) => string): string {
  const s3 = w.connections.find((c) => c.targetKind === "s3");
  return s3 ? `http://${resolve(s3)}:${s3.port}` : "https://s3.REPLACE-ME.example.com";
}

/** PostgreSQL parameters from the sizing: shared_buffers at 25% of memory (PostgreSQL's documented start). */
function parameters(w: WorkloadModel, t: PostgresTopology): Record<string, string> {
  const memoryMb = Math.floor(componentSizing(w.containers).memoryGi * 1024);
  return {
    archive_timeout: `${t.archiveTimeoutMinutes}min`,
    max_connections: "100",
    shared_buffers: `${Math.floor(memoryMb / 4)}MB`,
  };
}

function clusterObject(w: WorkloadModel, t: PostgresTopology, namespace: string, prefix: string): K8sObject {
  const size = componentSizing(w.containers);
  return {
    apiVersion: "postgresql.cnpg.io/v1",
    kind: "Cluster",
    metadata: { name: w.name, namespace, labels: workloadLabels(w, prefix), annotations: planAnnotations(w) },
    spec: {
      instances: t.instances,
      imageName: IMAGES.cnpgPostgres,
      primaryUpdateStrategy: "unsupervised",
      // Pods carry the scrape annotations and the job label the alert rules select (`job="postgresql"`).
      inheritedMetadata: {
        labels: { "stackplan.io/job": w.job, ...commonLabels(prefix) },
        annotations: scrapeAnnotations(w),
      },
      postgresql: {
        parameters: parameters(w, t),
        ...(t.synchronous
          ? { synchronous: { method: "any", number: t.synchronous, dataDurability: "required" } }
          : {}),
      },
      bootstrap: {
        initdb: { database: APP_DATABASE, owner: APP_DATABASE, secret: { name: appSecretName(w) } },
      },
      storage: { size: storageQuantity(w.storage!.sizeG), storageClass: w.storage!.storageClass },
      resources: resources({ ...size, gpus: 0 }),
      affinity: {
        enablePodAntiAffinity: true,
        podAntiAffinityType: "required",
        topologyKey: "kubernetes.io/hostname",
      },
      plugins: [
        { name: BARMAN_PLUGIN, isWALArchiver: true, parameters: { barmanObjectName: objectStoreName(w) } },
      ],
    },
  };
}

function backupObjects(w: WorkloadModel, namespace: string, prefix: string, url: string): K8sObject[] {
  const labels = workloadLabels(w, prefix);
  const key = (k: string) => ({ name: backupSecretName(w), key: k });
  return [
    {
      apiVersion: "barmancloud.cnpg.io/v1",
      kind: "ObjectStore",
      metadata: { name: objectStoreName(w), namespace, labels },
      spec: {
        retentionPolicy: BACKUP_RETENTION,
        configuration: {
          destinationPath: `s3://${backupBucket(prefix)}/`,
          endpointURL: url,
          s3Credentials: { accessKeyId: key("ACCESS_KEY_ID"), secretAccessKey: key("ACCESS_SECRET_KEY") },
          wal: { compression: "gzip" },
          data: { compression: "gzip" },
        },
      },
    },
    {
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "ScheduledBackup",
      metadata: { name: `${w.name}-daily`, namespace, labels },
      spec: {
        // Six-field cron (seconds first): every day at 02:00.
        schedule: "0 0 2 * * *",
        immediate: true,
        backupOwnerReference: "self",
        cluster: { name: w.name },
        method: "plugin",
        pluginConfiguration: { name: BARMAN_PLUGIN },
      },
    },
  ];
}

function poolerObject(w: WorkloadModel, t: PostgresTopology, namespace: string, prefix: string): K8sObject[] {
  if (!t.pooler) return [];
  const p = t.pooler;
  return [
    {
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Pooler",
      metadata: { name: `${w.name}-pooler-rw`, namespace, labels: workloadLabels(w, prefix) },
      spec: {
        cluster: { name: w.name },
        instances: p.instances,
        type: "rw",
        pgbouncer: {
          poolMode: "transaction",
          parameters: {
            max_client_conn: String(p.clientConnections),
            default_pool_size: String(Math.floor(p.serverConnections / p.instances)),
          },
        },
      },
    },
  ];
}

function secrets(w: WorkloadModel, namespace: string, prefix: string): K8sObject[] {
  const meta = (name: string) => ({
    name,
    namespace,
    labels: workloadLabels(w, prefix),
    annotations: { "stackplan.io/template": "true: replace every REPLACE-ME before applying" },
  });
  return [
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: meta(appSecretName(w)),
      type: "kubernetes.io/basic-auth",
      stringData: { username: APP_DATABASE, password: SECRET_PLACEHOLDER },
    },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: meta(backupSecretName(w)),
      type: "Opaque",
      stringData: { ACCESS_KEY_ID: SECRET_PLACEHOLDER, ACCESS_SECRET_KEY: SECRET_PLACEHOLDER },
    },
  ];
}

/**
 * PostgreSQL as CloudNativePG runs it: the Cluster, its Barman Cloud ObjectStore (WAL archive + base backups),
 * a daily ScheduledBackup, a PgBouncer Pooler when the topology has one, and the two Secret templates.
 */
export function postgresObjects(
  w: WorkloadModel,
  namespace: string,
  prefix: string,
  resolve: (c: ConnectionModel) => string,
): K8sObject[] {
  const t = w.store as PostgresTopology;
  return [
    clusterObject(w, t, namespace, prefix),
    ...backupObjects(w, namespace, prefix, endpoint(w, resolve)),
    ...poolerObject(w, t, namespace, prefix),
    ...secrets(w, namespace, prefix),
  ];
}
