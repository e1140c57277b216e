import type {
  MinioTopology,
  PostgresTopology,
  RedisTopology,
  SingleWriterTopology,
} from "../../engine/rules/store-topology";
import { IMAGES } from "./images";
import { SECURITY } from "./security";
import { storageFor } from "./storage";
import { exporterContainer, http, mainContainer, workloadFrom, type ComponentContext } from "./workload-base";
import type { WorkloadModel } from "./types";

/** Where the operators run (their install manifests' default namespaces); NetworkPolicies admit them. */
export const CNPG_NAMESPACE = "cnpg-system";
export const REDIS_OPERATOR_NAMESPACE = "ot-operators";
/** CloudNativePG's built-in exporter port and its instance manager's status port. */
export const CNPG_METRICS_PORT = 9187;
export const CNPG_STATUS_PORT = 8000;
/** The application database and its owner (CloudNativePG's `initdb` defaults). */
export const APP_DATABASE = "app";

const storage = (ctx: ComponentContext, replicas: number) =>
  storageFor(ctx.node.kind, ctx.component.storageGb, replicas, ctx.report);

/**
 * PostgreSQL as a CloudNativePG Cluster: the operator runs the instances, streams WAL between them, archives it and
 * exposes `<name>-rw` (the current primary) and `<name>-ro`; a PgBouncer Pooler fronts it when the topology says
 * so. The container below is what compose runs on a single host (the official image).
 */
export function postgresWorkload(ctx: ComponentContext, topology: PostgresTopology): WorkloadModel {
  const { name } = ctx;
  return workloadFrom(ctx, {
    controller: "CloudNativePG",
    containers: [
      mainContainer(ctx, IMAGES.postgres, {
        env: [
          { name: "POSTGRES_PASSWORD", secretKey: "POSTGRES_PASSWORD" },
          { name: "PGDATA", value: "/var/lib/postgresql/data/pgdata" },
        ],
        probes: {
          readiness: { type: "exec", command: ["pg_isready", "-U", APP_DATABASE] },
          liveness: { type: "exec", command: ["pg_isready", "-U", APP_DATABASE] },
        },
      }),
    ],
    config: { POSTGRES_USER: APP_DATABASE, POSTGRES_DB: APP_DATABASE },
    secretKeys: ["POSTGRES_PASSWORD"],
    storage: storage(ctx, topology.instances),
    metrics: { port: CNPG_METRICS_PORT, path: "/metrics" },
    security: SECURITY.postgres,
    store: topology,
    clientService: topology.pooler ? `${name}-pooler-rw` : `${name}-rw`,
    podSelector: topology.pooler
      ? { "cnpg.io/poolerName": `${name}-pooler-rw` }
      : { "cnpg.io/cluster": name },
    memberSelector: { "cnpg.io/cluster": name },
    kubernetesApi: true,
    operator: { namespace: CNPG_NAMESPACE, ports: [CNPG_STATUS_PORT, 5432] },
    peerPorts: [5432, CNPG_STATUS_PORT],
    headless: false,
  });
}

/** redis.conf settings of the topology: persistence (AOF every second + RDB save points) and eviction. */
export function redisSettings(t: RedisTopology): [string, string][] {
  return [
    ["appendonly", "yes"],
    ["appendfsync", "everysec"],
    // Redis' own default save points: 1 change in an hour, 100 in 5 min, 10,000 in a minute.
    ["save", "3600 1 300 100 60 10000"],
    ["maxmemory-policy", t.evictionPolicy],
  ];
}

/**
 * Redis: with replicas, an OT-Container-Kit RedisReplication watched by a RedisSentinel (clients use the operator's
 * `<name>-master` Service, which follows failovers); alone, one StatefulSet pod. Both run the same settings.
 */
export function redisWorkload(ctx: ComponentContext, t: RedisTopology): WorkloadModel {
  const maxmemoryBytes = Math.floor((ctx.component.memoryGb * 1024 ** 3 * t.maxmemoryPct) / 100);
  const settings: [string, string][] = [...redisSettings(t), ["maxmemory", String(maxmemoryBytes)]];
  const flags = settings.map(([k, v]) => `--${k} ${v.includes(" ") ? `"${v}"` : v}`).join(" ");
  const replicated = t.replicas > 1;
  return workloadFrom(ctx, {
    ...(replicated ? { controller: "RedisReplication" as const, clientService: `${ctx.name}-master` } : {}),
    containers: [
      mainContainer(ctx, IMAGES.redis, {
        command: ["sh", "-c", `exec redis-server ${flags} --requirepass "$REDIS_PASSWORD"`],
        env: [{ name: "REDIS_PASSWORD", secretKey: "REDIS_PASSWORD" }],
        probes: {
          readiness: {
            type: "exec",
            command: ["sh", "-c", 'REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli ping'],
          },
          liveness: { type: "tcp", port: 6379 },
        },
      }),
      exporterContainer("redis-exporter", IMAGES.redisExporter, 9121, [
        { name: "REDIS_ADDR", value: "redis://localhost:6379" },
        { name: "REDIS_PASSWORD", secretKey: "REDIS_PASSWORD" },
      ]),
    ],
    secretKeys: ["REDIS_PASSWORD"],
    storage: storage(ctx, t.replicas),
    metrics: { port: 9121, path: "/metrics" },
    security: replicated ? SECURITY.redisOperator : SECURITY.redis,
    store: t,
    ...(replicated
      ? {
          operator: { namespace: REDIS_OPERATOR_NAMESPACE, ports: [6379, 26379] },
          peerPorts: [6379, 26379],
          memberSelector: { "stackplan.io/store": ctx.name },
        }
      : {}),
    headless: !replicated,
  });
}

/** ChromaDB / Meilisearch: one server with its volume (Meilisearch also snapshots daily to a second one). */
export function singleWriterWorkload(ctx: ComponentContext, t: SingleWriterTopology): WorkloadModel {
  const data = storage(ctx, 1);
  if (t.kind === "chroma") {
    return workloadFrom(ctx, {
      replicas: 1,
      containers: [mainContainer(ctx, IMAGES.chroma, { probes: http("/api/v2/heartbeat", 8000) })],
      secretKeys: ["CHROMA_SERVER_AUTHN_CREDENTIALS"],
      storage: data,
      security: SECURITY.chroma,
      store: t,
    });
  }
  const snapshots = data && {
    ...data,
    claim: "snapshots",
    store: null,
    mountPath: "/snapshots",
    basis: `one snapshot of the index (as large as its volume), every ${t.snapshotIntervalHours} h`,
  };
  return workloadFrom(ctx, {
    replicas: 1,
    containers: [
      mainContainer(ctx, IMAGES.meili, {
        env: [{ name: "MEILI_MASTER_KEY", secretKey: "MEILI_MASTER_KEY" }],
        probes: http("/health", 7700),
        mounts: [
          { volume: "data", mountPath: "/meili_data" },
          { volume: "snapshots", mountPath: "/snapshots" },
        ],
      }),
    ],
    config: {
      MEILI_ENV: ctx.plan.metadata.environment === "production" ? "production" : "development",
      MEILI_DB_PATH: "/meili_data/data.ms",
      MEILI_SCHEDULE_SNAPSHOT: String((t.snapshotIntervalHours ?? 24) * 3600),
      MEILI_SNAPSHOT_DIR: "/snapshots",
    },
    secretKeys: ["MEILI_MASTER_KEY"],
    storage: data,
    extraClaims: snapshots ? [snapshots] : [],
    security: SECURITY.meili,
    store: t,
  });
}

/** MinIO in distributed mode: one StatefulSet pod per server, `drivesPerServer` claims each, started together. */
export function minioWorkload(ctx: ComponentContext, t: MinioTopology): WorkloadModel {
  const { name, namespace } = ctx;
  const first = storage(ctx, t.servers);
  const multi = t.drivesPerServer > 1;
  const drives = Array.from({ length: t.drivesPerServer }, (_, i) =>
    first && multi ? { ...first, claim: `data${i + 1}`, mountPath: `/data${i + 1}` } : first,
  ).filter((d) => d !== undefined);
  const path = multi ? `/data{1...${t.drivesPerServer}}` : "/data";
  const host = `${name}-{0...${t.servers - 1}}.${name}-headless.${namespace}.svc.cluster.local`;
  const servers = t.servers > 1 ? [`http://${host}${path}`] : [path];
  return workloadFrom(ctx, {
    containers: [
      mainContainer(ctx, IMAGES.minio, {
        command: ["minio", "server", ...servers, "--console-address", ":9001", "--certs-dir", "/tmp/certs"],
        env: [
          { name: "MINIO_ROOT_USER", secretKey: "MINIO_ROOT_USER" },
          { name: "MINIO_ROOT_PASSWORD", secretKey: "MINIO_ROOT_PASSWORD" },
        ],
        probes: http("/minio/health/live", 9000, "/minio/health/ready"),
        mounts: drives.map((d) => ({ volume: d.claim, mountPath: d.mountPath })),
      }),
    ],
    config: { MINIO_PROMETHEUS_AUTH_TYPE: "public" },
    secretKeys: ["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"],
    storage: drives[0],
    extraClaims: drives.slice(1),
    metrics: { port: 9000, path: "/minio/v2/metrics/cluster" },
    peerPorts: [9000],
    security: SECURITY.minio,
    store: t,
  });
}
