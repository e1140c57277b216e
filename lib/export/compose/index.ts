import type { DeploymentModel } from "../model/build";
import { workloadSecretKeys, workloadSettings } from "../model/settings";
import type { ContainerModel, ProbeModel, WorkloadModel } from "../model/types";
import type { ExportWarning } from "../types";
import { toYaml } from "../yaml";

/** Compose file format 3.8: the newest docker-compose 1.29 (Debian's) validates offline. */
const COMPOSE_VERSION = "3.8";
/** Components a browser or API client reaches: their ports are published on the host (no load balancer here). */
const PUBLISHED = new Set(["frontend", "api"]);

/** `$` starts an interpolation in compose files: literal dollars are doubled. */
const literal = (s: string) => s.replace(/\$/g, "$$$$");

function healthcheck(p: ProbeModel | undefined, image: string) {
  if (!p) return undefined;
  let test: string[];
  if (p.type === "exec") test = ["CMD", ...p.command.map(literal)];
  else if (p.type === "tcp") test = ["CMD-SHELL", `nc -z localhost ${p.port} || exit 1`];
  else if (/prometheus|grafana/.test(image))
    test = ["CMD-SHELL", `wget -q -O /dev/null http://localhost:${p.port}${p.path} || exit 1`];
  else test = ["CMD-SHELL", `curl -fsS http://localhost:${p.port}${p.path} > /dev/null || exit 1`];
  return { test, interval: "30s", timeout: "5s", retries: 5, start_period: "60s" };
}

function environment(w: WorkloadModel, main: ContainerModel): Record<string, string> {
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
  // Client credentials come from compose/.env, the same variable names as the Secret template keys.
  for (const key of workloadSecretKeys(w))
    if (!(key in env) && !main.env.some((e) => e.name === key)) env[key] = `\${${key}}`;
  return env;
}

function service(w: WorkloadModel) {
  const main = w.containers[0]!;
  const ports = main.ports.map((p) => String(p.port));
  const gpu = main.gpus > 0;
  const dependsOn = [
    ...new Set(w.connections.filter((c) => c.target.type === "workload").map((c) => c.targetName)),
  ].sort();
  const volumes: string[] = [];
  if (w.storage) volumes.push(`${w.name}-data:${main.mounts[0]?.mountPath ?? "/data"}`);
  if (w.kind === "monitoring") {
    volumes.push("./prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    volumes.push("../monitoring/alerts.rules.yml:/etc/prometheus/alerts.rules.yml:ro");
  }
  if (w.serving) volumes.push(`${w.name}-models:/models`);
  const health = healthcheck(main.probes?.readiness, main.image);
  return {
    image: main.image,
    ...(main.command ? { entrypoint: main.command.map(literal) } : {}),
    ...(main.args.length ? { command: main.args.map(literal) } : {}),
    environment: environment(w, main),
    ...(PUBLISHED.has(w.kind) ? { ports: ports.map((p) => `${p}:${p}`) } : { expose: ports }),
    ...(volumes.length ? { volumes } : {}),
    ...(w.serving ? { shm_size: "16gb" } : {}),
    ...(health ? { healthcheck: health } : {}),
    ...(dependsOn.length ? { depends_on: dependsOn } : {}),
    restart: "unless-stopped",
    labels: { "stackplan.io/node-id": literal(w.nodeId), "stackplan.io/label": literal(w.label) },
    deploy: {
      resources: {
        limits: { cpus: String(main.cpuCores), memory: `${Math.round(main.memoryGi * 1024)}M` },
        ...(gpu
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
 * the plan's per-replica CPU/memory as limits, the same ports, named volumes and healthchecks. Secrets come from
 * compose/.env (an example with placeholders is provided).
 */
export function composeFiles(model: DeploymentModel): {
  files: Record<string, string>;
  warnings: ExportWarning[];
} {
  const warnings: ExportWarning[] = [];
  const services: Record<string, unknown> = {};
  const volumes: Record<string, Record<string, never>> = {};
  for (const w of model.workloads) {
    services[w.name] = service(w);
    if (w.storage) volumes[`${w.name}-data`] = {};
    if (w.serving) volumes[`${w.name}-models`] = {};
  }
  const multi = model.workloads.filter((w) => w.replicas > 1);
  if (multi.length) {
    warnings.push({
      code: "compose-single-replica",
      subject: null,
      message: `compose/docker-compose.yml runs one replica of each component on one host (dev/test); the plan runs more for ${multi.map((w) => `${w.name} (${w.replicas})`).join(", ")} — use the Kubernetes bundle for that.`,
    });
  }
  warnings.push({
    code: "compose-scope",
    subject: null,
    message:
      "compose has no firewall between services, no TLS entry (frontend and API ports are published on the host), no metrics exporters or Grafana: it is for development and tests only.",
  });
  const secretKeys = [...new Set(model.workloads.flatMap((w) => workloadSecretKeys(w)))].sort();
  const files: Record<string, string> = {
    "compose/docker-compose.yml": toYaml({
      version: COMPOSE_VERSION,
      services,
      ...(Object.keys(volumes).length ? { volumes } : {}),
    }),
    "compose/.env.example": `# Copy to compose/.env and replace every value. Never commit the real file.\n${secretKeys.map((k) => `${k}=REPLACE-ME`).join("\n")}\n`,
  };
  if (model.workloads.some((w) => w.kind === "monitoring"))
    files["compose/prometheus.yml"] = toYaml(composePrometheus(model));
  return { files, warnings };
}
