import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import { getHardware } from "../../catalog";
import type { ComponentReport, Report } from "../../engine/report-schema";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ExportWarning } from "../types";
import { GPU_PRODUCT_LABELS, IMAGES, PLATFORM_TAG, platformImageRepository } from "./images";
import { mountPathFor, storageFor } from "./storage";
import type { ContainerModel, EnvModel, ProbesModel, Tier, VolumeModel, WorkloadModel } from "./types";

/** Resources of a metrics-exporter sidecar, on top of the component's own sizing. */
const EXPORTER = { cpuCores: 0.1, memoryGi: 0.125 };

const tcp = (port: number): ProbesModel => ({
  readiness: { type: "tcp", port },
  liveness: { type: "tcp", port },
});
const http = (path: string, port: number, ready = path): ProbesModel => ({
  readiness: { type: "http", path: ready, port },
  liveness: { type: "http", path, port },
});

/** Prometheus job names, as the spec's example rules spell them (`up{job="postgresql"}`). */
const JOBS: Partial<Record<ComponentKind, string>> = {
  postgres: "postgresql",
  meili: "meilisearch",
  s3: "minio",
  monitoring: "prometheus",
};
export const jobOf = (kind: ComponentKind): string => JOBS[kind] ?? kind;

interface Context {
  node: PlanNode;
  plan: PlanDocument;
  component: ComponentReport;
  report: Report;
  name: string;
  tier: Tier;
  /** Namespace of the workload (services and monitoring namespaces do not change between overlays). */
  namespace: string;
  warn: (w: ExportWarning) => void;
}

function main(ctx: Context, image: string, extra: Partial<ContainerModel> = {}): ContainerModel {
  const ports = COMPONENTS[ctx.node.kind].ports.map((p) => ({ name: p.name, port: p.port }));
  const mountPath = mountPathFor(ctx.node.kind);
  return {
    name: ctx.node.kind === "monitoring" ? "prometheus" : ctx.node.kind,
    image,
    args: [],
    ports,
    cpuCores: ctx.component.cpuCores,
    memoryGi: ctx.component.memoryGb,
    gpus: ctx.component.gpus,
    env: [],
    envFromConfig: true,
    mounts: mountPath ? [{ volume: "data", mountPath }] : [],
    sidecar: false,
    ...extra,
  };
}

function exporter(name: string, image: string, port: number, env: EnvModel[]): ContainerModel {
  return {
    name,
    image,
    args: [],
    ports: [{ name: "metrics", port }],
    ...EXPORTER,
    gpus: 0,
    env,
    envFromConfig: false,
    probes: tcp(port),
    mounts: [],
    sidecar: true,
    exporter: true,
  };
}

/** The component's own CPU/memory/GPUs per replica: every container but the metrics exporters. */
export function componentSizing(containers: ContainerModel[]): {
  cpuCores: number;
  memoryGi: number;
  gpus: number;
} {
  const own = containers.filter((c) => !c.exporter);
  const sum = (f: (c: ContainerModel) => number) =>
    Math.round(own.reduce((s, c) => s + f(c), 0) * 1000) / 1000;
  return { cpuCores: sum((c) => c.cpuCores), memoryGi: sum((c) => c.memoryGi), gpus: sum((c) => c.gpus) };
}

/**
 * The platform component of a plan node (everything but the load balancer, model servers and cloud APIs) as a
 * Deployment (stateless) or StatefulSet (stateful, with a volume claim per replica), sized as the report says.
 */
export function platformWorkload(ctx: Context): WorkloadModel {
  const { node, component, report, name, plan } = ctx;
  const kind = node.kind;
  const spec = COMPONENTS[kind];
  const stateful = spec.stateful;
  const storage = storageFor(kind, component.storageGb, node.replicas, report);
  const headlessHost = (i: number | string) =>
    `${name}-${i}.${name}-headless.${ctx.namespace}.svc.cluster.local`;
  const prefix = plan.metadata.namespacePrefix;
  let containers: ContainerModel[];
  let config: Record<string, string> = {};
  let secretKeys: string[] = [];
  let metrics: WorkloadModel["metrics"];
  const volumes: VolumeModel[] = [];
  let peerPorts: number[] = [];
  let extra: Partial<WorkloadModel> = {};
  switch (kind) {
    case "frontend":
    case "api":
    case "odin": {
      const image = `${platformImageRepository(prefix, kind)}:${PLATFORM_TAG}`;
      const port = spec.ports[0]!.port;
      containers = [main(ctx, image, { probes: tcp(port) })];
      // The platform's own services: /metrics on their main port is the convention the alert rules assume.
      metrics = { port, path: "/metrics" };
      break;
    }
    case "postgres":
      containers = [
        main(ctx, IMAGES.postgres, {
          env: [
            { name: "POSTGRES_PASSWORD", secretKey: "POSTGRES_PASSWORD" },
            { name: "PGDATA", value: "/var/lib/postgresql/data/pgdata" },
          ],
          probes: {
            readiness: { type: "exec", command: ["pg_isready", "-U", "postgres"] },
            liveness: { type: "exec", command: ["pg_isready", "-U", "postgres"] },
          },
        }),
        exporter("postgres-exporter", IMAGES.postgresExporter, 9187, [
          { name: "DATA_SOURCE_URI", value: "localhost:5432/postgres?sslmode=disable" },
          { name: "DATA_SOURCE_USER", value: "postgres" },
          { name: "DATA_SOURCE_PASS", secretKey: "POSTGRES_PASSWORD" },
        ]),
      ];
      config = { POSTGRES_USER: "postgres", POSTGRES_DB: prefix };
      secretKeys = ["POSTGRES_PASSWORD"];
      metrics = { port: 9187, path: "/metrics" };
      peerPorts = [5432];
      if (node.replicas > 1) {
        ctx.warn({
          code: "postgres-replication",
          subject: node.id,
          message: `${node.label}: ${node.replicas} PostgreSQL instances are sized and spread over hosts, but streaming replication, failover and WAL archiving (RPO ${plan.slos.rpoMinutes} min) need an operator (CloudNativePG, Zalando) or Patroni — the StatefulSet alone runs independent instances.`,
        });
      }
      break;
    case "chroma":
      containers = [main(ctx, IMAGES.chroma, { probes: http("/api/v2/heartbeat", 8000) })];
      secretKeys = ["CHROMA_SERVER_AUTHN_CREDENTIALS"];
      if (node.replicas > 1) {
        ctx.warn({
          code: "chroma-replicas",
          subject: node.id,
          message: `${node.label}: open-source ChromaDB has no replication; the ${node.replicas} replicas are independent copies that the document worker must write to (or use Chroma's distributed deployment).`,
        });
      }
      break;
    case "meili":
      containers = [
        main(ctx, IMAGES.meili, {
          env: [{ name: "MEILI_MASTER_KEY", secretKey: "MEILI_MASTER_KEY" }],
          probes: http("/health", 7700),
        }),
      ];
      config = {
        MEILI_ENV: plan.metadata.environment === "production" ? "production" : "development",
        MEILI_DB_PATH: "/meili_data/data.ms",
      };
      secretKeys = ["MEILI_MASTER_KEY"];
      if (node.replicas > 1) {
        ctx.warn({
          code: "meilisearch-replicas",
          subject: node.id,
          message: `${node.label}: Meilisearch Community Edition does not replicate; the ${node.replicas} replicas are independent indexes the document worker must feed.`,
        });
      }
      break;
    case "redis": {
      // Replica pods follow pod 0 (the primary); promotion on failure needs Sentinel or an operator.
      const script = [
        'if [ "${HOSTNAME##*-}" = "0" ]; then',
        '  exec redis-server --appendonly yes --requirepass "$REDIS_PASSWORD"',
        "else",
        `  exec redis-server --appendonly yes --requirepass "$REDIS_PASSWORD" --masterauth "$REDIS_PASSWORD" --replicaof ${headlessHost(0)} 6379`,
        "fi",
      ].join("\n");
      containers = [
        main(ctx, IMAGES.redis, {
          command: ["sh", "-c", script],
          env: [{ name: "REDIS_PASSWORD", secretKey: "REDIS_PASSWORD" }],
          probes: tcp(6379),
        }),
        exporter("redis-exporter", IMAGES.redisExporter, 9121, [
          { name: "REDIS_ADDR", value: "redis://localhost:6379" },
          { name: "REDIS_PASSWORD", secretKey: "REDIS_PASSWORD" },
        ]),
      ];
      secretKeys = ["REDIS_PASSWORD"];
      metrics = { port: 9121, path: "/metrics" };
      peerPorts = [6379];
      if (node.replicas > 1) {
        ctx.warn({
          code: "redis-failover",
          subject: node.id,
          message: `${node.label}: pod 0 is the primary and the other ${node.replicas - 1} replicate it; automatic failover needs Redis Sentinel or an operator (not generated).`,
        });
      }
      break;
    }
    case "s3": {
      const servers =
        node.replicas > 1 ? [`http://${headlessHost(`{0...${node.replicas - 1}}`)}/data`] : ["/data"];
      containers = [
        main(ctx, IMAGES.minio, {
          command: ["minio", "server", ...servers, "--console-address", ":9001"],
          env: [
            { name: "MINIO_ROOT_USER", secretKey: "MINIO_ROOT_USER" },
            { name: "MINIO_ROOT_PASSWORD", secretKey: "MINIO_ROOT_PASSWORD" },
          ],
          probes: http("/minio/health/live", 9000, "/minio/health/ready"),
        }),
      ];
      config = { MINIO_PROMETHEUS_AUTH_TYPE: "public" };
      secretKeys = ["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"];
      metrics = { port: 9000, path: "/minio/v2/metrics/cluster" };
      peerPorts = [9000];
      break;
    }
    case "monitoring": {
      // Prometheus gets three quarters of the node, Grafana (same pod, same volume-less state) the rest.
      const cpu = component.cpuCores;
      const mem = component.memoryGb;
      const grafanaCpu = Math.max(0.25, Math.round(cpu * 25) / 100);
      const grafanaMem = Math.max(0.5, Math.round(mem * 25) / 100);
      const retentionGb = Math.max(1, Math.floor((storage?.sizeG ?? component.storageGb) * 0.8));
      containers = [
        main(ctx, IMAGES.prometheus, {
          ports: [{ name: "prometheus", port: 9090 }],
          args: [
            "--config.file=/etc/prometheus/prometheus.yml",
            "--storage.tsdb.path=/prometheus",
            `--storage.tsdb.retention.size=${retentionGb}GB`,
            "--web.enable-lifecycle",
          ],
          cpuCores: Math.max(0.25, Math.round((cpu - grafanaCpu) * 100) / 100),
          memoryGi: Math.max(0.5, Math.round((mem - grafanaMem) * 100) / 100),
          envFromConfig: false,
          probes: http("/-/healthy", 9090, "/-/ready"),
          mounts: [
            { volume: "data", mountPath: "/prometheus" },
            { volume: "prometheus-config", mountPath: "/etc/prometheus", readOnly: true },
          ],
        }),
        {
          name: "grafana",
          image: IMAGES.grafana,
          args: [],
          ports: [{ name: "grafana", port: 3000 }],
          cpuCores: grafanaCpu,
          memoryGi: grafanaMem,
          gpus: 0,
          env: [{ name: "GF_SECURITY_ADMIN_PASSWORD", secretKey: "GF_SECURITY_ADMIN_PASSWORD" }],
          envFromConfig: false,
          probes: http("/api/health", 3000),
          mounts: [
            {
              volume: "grafana-provisioning",
              mountPath: "/etc/grafana/provisioning/datasources/stackplan.yaml",
              subPath: "datasources.yaml",
              readOnly: true,
            },
            {
              volume: "grafana-provisioning",
              mountPath: "/etc/grafana/provisioning/dashboards/stackplan.yaml",
              subPath: "dashboards.yaml",
              readOnly: true,
            },
            {
              volume: "grafana-provisioning",
              mountPath: "/var/lib/grafana/dashboards/stackplan.json",
              subPath: "stackplan.json",
              readOnly: true,
            },
          ],
          sidecar: true,
        },
      ];
      volumes.push(
        { name: "prometheus-config", type: "configMap", configMap: `${name}-prometheus` },
        { name: "grafana-provisioning", type: "configMap", configMap: `${name}-grafana` },
      );
      secretKeys = ["GF_SECURITY_ADMIN_PASSWORD"];
      metrics = { port: 9090, path: "/metrics" };
      // Prometheus runs as nobody (65534): the volume must be writable by that group.
      extra = { serviceAccount: name, fsGroup: 65534 };
      break;
    }
    default:
      throw new Error(`platformWorkload: ${kind} is not a platform workload`);
  }
  let gpu: WorkloadModel["gpu"];
  if (node.gpu) {
    const hw = getHardware(node.gpu.hardware);
    if (hw?.family !== "nvidia") {
      ctx.warn({
        code: "component-gpu-not-nvidia",
        subject: node.id,
        message: `${node.label}: GPU "${node.gpu.hardware}" is not an NVIDIA device; Kubernetes pods request nvidia.com/gpu only, so the GPU is not requested.`,
      });
      for (const c of containers) c.gpus = 0;
    } else {
      gpu = {
        hardware: node.gpu.hardware,
        count: node.gpu.perReplica,
        productLabel: GPU_PRODUCT_LABELS[node.gpu.hardware] ?? null,
      };
    }
  }
  return {
    nodeId: node.id,
    kind,
    label: node.label,
    ...(node.notes ? { notes: node.notes } : {}),
    name,
    tier: ctx.tier,
    controller: stateful ? "StatefulSet" : "Deployment",
    replicas: node.replicas,
    ...(node.autoscale ? { autoscale: node.autoscale } : {}),
    containers,
    volumes,
    ...(storage ? { storage } : {}),
    headless: stateful,
    ...(gpu ? { gpu } : {}),
    config,
    secretKeys,
    job: jobOf(kind),
    ...(metrics ? { metrics } : {}),
    antiAffinity: stateful ? "required" : "preferred",
    peerPorts,
    connections: [],
    ...extra,
  };
}
