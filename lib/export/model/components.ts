import { getHardware } from "../../catalog";
import type { StoreTopology } from "../../engine/rules/store-topology";
import { GPU_PRODUCT_LABELS, IMAGES, PLATFORM_TAG, platformImageRepository } from "./images";
import { SECURITY } from "./security";
import { storageFor } from "./storage";
import { minioWorkload, postgresWorkload, redisWorkload, singleWriterWorkload } from "./stores";
import type { WorkloadModel } from "./types";
import { http, mainContainer, tcp, workloadFrom, type ComponentContext } from "./workload-base";

export { componentSizing, jobOf, type ComponentContext } from "./workload-base";

/** The platform's own services (frontend, API, Odin): the vendor's images, /metrics on their main port. */
function appWorkload(ctx: ComponentContext): WorkloadModel {
  const kind = ctx.node.kind;
  const image = `${platformImageRepository(ctx.plan.metadata.namespacePrefix, kind)}:${PLATFORM_TAG}`;
  const main = mainContainer(ctx, image);
  const port = main.ports[0]!.port;
  return workloadFrom(ctx, {
    containers: [{ ...main, probes: tcp(port) }],
    metrics: { port, path: "/metrics" },
    security: SECURITY.platform,
  });
}

/** Prometheus (three quarters of the node) and Grafana (the rest) in one pod, with their configuration. */
function monitoringWorkload(ctx: ComponentContext): WorkloadModel {
  const { component, name } = ctx;
  const cpu = component.cpuCores;
  const mem = component.memoryGb;
  const grafanaCpu = Math.max(0.25, Math.round(cpu * 25) / 100);
  const grafanaMem = Math.max(0.5, Math.round(mem * 25) / 100);
  const storage = storageFor("monitoring", component.storageGb, ctx.node.replicas, ctx.report);
  const retentionGb = Math.max(1, Math.floor((storage?.sizeG ?? component.storageGb) * 0.8));
  const provisioned = (file: string, subPath: string) => ({
    volume: "grafana-provisioning",
    mountPath: file,
    subPath,
    readOnly: true,
  });
  return workloadFrom(ctx, {
    containers: [
      mainContainer(ctx, IMAGES.prometheus, {
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
          // Grafana's own database and plugins: writable while the image's root file system is read-only.
          { volume: "grafana-data", mountPath: "/var/lib/grafana" },
          provisioned("/etc/grafana/provisioning/datasources/stackplan.yaml", "datasources.yaml"),
          provisioned("/etc/grafana/provisioning/dashboards/stackplan.yaml", "dashboards.yaml"),
          provisioned("/var/lib/grafana/dashboards/stackplan.json", "stackplan.json"),
        ],
        sidecar: true,
      },
    ],
    volumes: [
      { name: "prometheus-config", type: "configMap", configMap: `${name}-prometheus` },
      { name: "grafana-provisioning", type: "configMap", configMap: `${name}-grafana` },
      { name: "grafana-data", type: "emptyDir", sizeLimitG: 1 },
    ],
    secretKeys: ["GF_SECURITY_ADMIN_PASSWORD"],
    ...(storage ? { storage } : {}),
    metrics: { port: 9090, path: "/metrics" },
    serviceAccount: name,
    security: SECURITY.prometheus,
  });
}

function storeWorkload(ctx: ComponentContext, store: StoreTopology): WorkloadModel {
  switch (store.kind) {
    case "postgres":
      return postgresWorkload(ctx, store);
    case "redis":
      return redisWorkload(ctx, store);
    case "s3":
      return minioWorkload(ctx, store);
    default:
      return singleWriterWorkload(ctx, store);
  }
}

/** A GPU for a non-serving component (Odin's OCR): NVIDIA only, selected by GPU Feature Discovery's label. */
function attachGpu(ctx: ComponentContext, w: WorkloadModel): WorkloadModel {
  const gpu = ctx.node.gpu;
  if (!gpu) return w;
  if (getHardware(gpu.hardware)?.family !== "nvidia") {
    ctx.warn({
      code: "component-gpu-not-nvidia",
      subject: ctx.node.id,
      message: `${ctx.node.label}: GPU "${gpu.hardware}" is not an NVIDIA device; Kubernetes pods request nvidia.com/gpu only, so the GPU is not requested.`,
    });
    return { ...w, containers: w.containers.map((c) => ({ ...c, gpus: 0 })) };
  }
  const productLabel = GPU_PRODUCT_LABELS[gpu.hardware] ?? null;
  return { ...w, gpu: { hardware: gpu.hardware, count: gpu.perReplica, productLabel } };
}

/**
 * The platform component of a plan node (everything but the load balancer, model servers and cloud APIs), sized as
 * the report says: stateless tiers as Deployments, stores as their topology runs them (operator resources,
 * single-writer StatefulSets, MinIO's erasure-coded StatefulSet), monitoring as Prometheus + Grafana.
 */
export function platformWorkload(ctx: ComponentContext, store: StoreTopology | undefined): WorkloadModel {
  const kind = ctx.node.kind;
  let w: WorkloadModel;
  if (store) w = storeWorkload(ctx, store);
  else if (kind === "frontend" || kind === "api" || kind === "odin") w = appWorkload(ctx);
  else if (kind === "monitoring") w = monitoringWorkload(ctx);
  else throw new Error(`platformWorkload: ${kind} is not a platform workload`);
  return attachGpu(ctx, w);
}
