import type { DeploymentModel } from "../model/build";
import { workloadSecretKeys, workloadSettings } from "../model/settings";
import type { ContainerModel, WorkloadModel } from "../model/types";
import type { ExportWarning } from "../types";
import { toYaml } from "../yaml";
import { healthcheck, literal } from "./healthchecks";

/**
 * Compose file format 3.8: docker-compose 1.29 (Debian's) validates it offline, healthcheck conditions included;
 * without a version an empty file would read as the legacy format.
 */
const COMPOSE_VERSION = "3.8";
/** Components a browser or API client reaches: their ports are published on the host (no load balancer here). */
const PUBLISHED = new Set(["frontend", "api"]);

/** The file says what it is before anything else: one host, for development and tests. */
const HEADER = [
  "# SINGLE HOST ONLY: one replica of every component on one machine, for development and tests.",
  "# No replication, failover, backups, firewall or TLS: use the Kubernetes bundle (kubernetes/) for anything else.",
  "",
].join("\n");

/** The workload without the bundle's own flows (the WAL archive): compose runs no operator to use them. */
const planned = (w: WorkloadModel): WorkloadModel => ({
  ...w,
  connections: w.connections.filter((c) => !c.internal),
});

function environment(full: WorkloadModel, main: ContainerModel): Record<string, string> {
  const w = planned(full);
  const env: Record<string, string> = {};
  if (main.envFromConfig) {
    const settings = workloadSettings(w, (c) =>
      c.target.type === "external" ? c.target.external.host : c.targetName,
    );
    for (const [k, v] of Object.entries({
      STACKPLAN_COMPONENT: w.kind,
      STACKPLAN_NODE_ID: w.nodeId,
      ...settings,
    }))
      env[k] = literal(v);
  }
  for (const e of main.env) {
    if ("value" in e) env[e.name] = literal(e.value);
    else if ("secretKey" in e) env[e.name] = `\${${e.secretKey}}`;
  }
  // One host, no download Job: the model server fetches its weights itself into its volume.
  if (w.serving) delete env.HF_HUB_OFFLINE;
  // Client credentials come from compose/.env, the same variable names as the Secret template keys.
  for (const key of workloadSecretKeys(w))
    if (!(key in env) && !main.env.some((e) => e.name === key)) env[key] = `\${${key}}`;
  return env;
}

function volumes(w: WorkloadModel): string[] {
  const out: string[] = [];
  for (const claim of [w.storage, ...w.extraClaims])
    if (claim) out.push(`${w.name}-${claim.claim}:${claim.mountPath}`);
  if (w.kind === "monitoring") {
    out.push("./prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    out.push("../monitoring/alerts.rules.yml:/etc/prometheus/alerts.rules.yml:ro");
  }
  if (w.serving) out.push(`${w.name}-models:/models`);
  return out;
}

function service(w: WorkloadModel, healthy: Set<string>) {
  const main = w.containers[0]!;
  const ports = main.ports.map((p) => String(p.port));
  const dependsOn = [
    ...new Set(
      planned(w)
        .connections.filter((c) => c.target.type === "workload")
        .map((c) => c.targetName),
    ),
  ].sort();
  const health = healthcheck(w);
  const mounts = volumes(w);
  return {
    image: main.image,
    ...(main.command ? { entrypoint: main.command.map(literal) } : {}),
    ...(main.args.length ? { command: main.args.map(literal) } : {}),
    environment: environment(w, main),
    ...(PUBLISHED.has(w.kind) ? { ports: ports.map((p) => `${p}:${p}`) } : { expose: ports }),
    ...(mounts.length ? { volumes: mounts } : {}),
    ...(w.serving ? { shm_size: "16gb" } : {}),
    ...(health ? { healthcheck: health } : {}),
    // Start after the upstreams answer their healthcheck, not merely after their container started.
    ...(dependsOn.length
      ? {
          depends_on: Object.fromEntries(
            dependsOn.map((d) => [d, { condition: healthy.has(d) ? "service_healthy" : "service_started" }]),
          ),
        }
      : {}),
    restart: "unless-stopped",
    labels: { "stackplan.io/node-id": literal(w.nodeId), "stackplan.io/label": literal(w.label) },
    deploy: {
      resources: {
        limits: { cpus: String(main.cpuCores), memory: `${Math.round(main.memoryGi * 1024)}M` },
        ...(main.gpus > 0
          ? { reservations: { devices: [{ driver: "nvidia", count: main.gpus, capabilities: ["gpu"] }] } }
          : {}),
      },
    },
  };
}

/** Static scrape targets of the compose Prometheus (no Kubernetes discovery on a single host). */
function composePrometheus(model: DeploymentModel): Record<string, unknown> {
  const targets = model.workloads.filter(
    (w) => w.metrics && w.containers[0]!.ports.some((p) => p.port === w.metrics!.port),
  );
  return {
    global: { scrape_interval: "30s", evaluation_interval: "30s" },
    rule_files: ["/etc/prometheus/alerts.rules.yml"],
    scrape_configs: targets.map((w) => ({
      job_name: w.name,
      metrics_path: w.metrics!.path,
      static_configs: [{ targets: [`${w.name}:${w.metrics!.port}`], labels: { job: w.job, app: w.name } }],
    })),
  };
}

/**
 * compose/: one service per platform component on a single host (dev/test, the minimal tier) — one replica each,
 * the plan's per-replica CPU/memory as limits, the same ports, named volumes, healthchecks, and start order by
 * health. Secrets come from compose/.env (an example with placeholders is provided).
 */
export function composeFiles(model: DeploymentModel): {
  files: Record<string, string>;
  warnings: ExportWarning[];
} {
  const warnings: ExportWarning[] = [];
  const services: Record<string, unknown> = {};
  const named: Record<string, Record<string, never>> = {};
  const healthy = new Set(model.workloads.filter((w) => healthcheck(w)).map((w) => w.name));
  for (const w of model.workloads) {
    services[w.name] = service(w, healthy);
    for (const claim of [w.storage, ...w.extraClaims]) if (claim) named[`${w.name}-${claim.claim}`] = {};
    if (w.serving) named[`${w.name}-models`] = {};
  }
  const multi = model.workloads.filter((w) => w.replicas > 1);
  if (multi.length)
    warnings.push({
      code: "compose-single-replica",
      subject: null,
      message: `compose/docker-compose.yml runs one replica of each component on one host (dev/test); the plan runs more for ${multi.map((w) => `${w.name} (${w.replicas})`).join(", ")} — use the Kubernetes bundle for that.`,
    });
  warnings.push({
    code: "compose-scope",
    subject: null,
    message:
      "compose is single-host: no replication or failover, no backups, no firewall between services, no TLS entry (frontend and API ports are published on the host), no metrics exporters or Grafana. It is for development and tests only.",
  });
  const secretKeys = [...new Set(model.workloads.flatMap((w) => workloadSecretKeys(planned(w))))].sort();
  const files: Record<string, string> = {
    "compose/docker-compose.yml":
      HEADER +
      toYaml({
        version: COMPOSE_VERSION,
        services,
        ...(Object.keys(named).length ? { volumes: named } : {}),
      }),
    "compose/.env.example": `# Copy to compose/.env and replace every value. Never commit the real file.\n${secretKeys.map((k) => `${k}=REPLACE-ME`).join("\n")}\n`,
  };
  if (model.workloads.some((w) => w.kind === "monitoring"))
    files["compose/prometheus.yml"] = toYaml(composePrometheus(model));
  return { files, warnings };
}
