import type { ContainerModel, ProbeModel, VolumeModel, WorkloadModel } from "../model/types";
import {
  cpuQuantity,
  memoryQuantity,
  planAnnotations,
  selectorLabels,
  storageQuantity,
  workloadLabels,
  type K8sObject,
} from "./meta";

function probe(p: ProbeModel): Record<string, unknown> {
  switch (p.type) {
    case "http":
      return { httpGet: { path: p.path, port: p.port } };
    case "tcp":
      return { tcpSocket: { port: p.port } };
    case "exec":
      return { exec: { command: p.command } };
  }
}

function resources(c: ContainerModel): Record<string, unknown> {
  const amounts: Record<string, string | number> = {
    cpu: cpuQuantity(c.cpuCores),
    memory: memoryQuantity(c.memoryGi),
  };
  if (c.gpus > 0) amounts["nvidia.com/gpu"] = c.gpus;
  // requests = limits: Guaranteed QoS, so the sizing the plan computed is what each pod gets — never less.
  return { requests: { ...amounts }, limits: { ...amounts } };
}

function container(c: ContainerModel, w: WorkloadModel): Record<string, unknown> {
  const env = c.env.map((e) =>
    "value" in e
      ? { name: e.name, value: e.value }
      : "secretKey" in e
        ? { name: e.name, valueFrom: { secretKeyRef: { name: `${w.name}-secret`, key: e.secretKey } } }
        : { name: e.name, valueFrom: { fieldRef: { fieldPath: e.fieldPath } } },
  );
  return {
    name: c.name,
    image: c.image,
    ...(c.command ? { command: c.command } : {}),
    ...(c.args.length ? { args: c.args } : {}),
    ports: c.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: "TCP" })),
    ...(c.envFromConfig ? { envFrom: [{ configMapRef: { name: `${w.name}-config` } }] } : {}),
    ...(env.length ? { env } : {}),
    resources: resources(c),
    ...(c.probes
      ? {
          readinessProbe: {
            ...probe(c.probes.readiness),
            periodSeconds: 10,
            timeoutSeconds: 5,
            failureThreshold: 3,
          },
          livenessProbe: {
            ...probe(c.probes.liveness),
            initialDelaySeconds: c.probes.startup ? 0 : 30,
            periodSeconds: 20,
            timeoutSeconds: 5,
            failureThreshold: 6,
          },
          ...(c.probes.startup
            ? {
                startupProbe: {
                  ...probe(c.probes.startup.probe),
                  periodSeconds: c.probes.startup.periodSeconds,
                  failureThreshold: c.probes.startup.failureThreshold,
                },
              }
            : {}),
        }
      : {}),
    ...(c.mounts.length
      ? {
          volumeMounts: c.mounts.map((m) => ({
            name: m.volume,
            mountPath: m.mountPath,
            ...(m.subPath ? { subPath: m.subPath } : {}),
            ...(m.readOnly ? { readOnly: true } : {}),
          })),
        }
      : {}),
  };
}

function volume(v: VolumeModel): Record<string, unknown> {
  if (v.type === "configMap") return { name: v.name, configMap: { name: v.configMap } };
  return {
    name: v.name,
    emptyDir: {
      ...(v.medium ? { medium: v.medium } : {}),
      ...(v.sizeLimitG ? { sizeLimit: storageQuantity(v.sizeLimitG) } : {}),
    },
  };
}

/** HA placement: never two replicas of a replicated store on one host; spread the rest when possible. */
function affinity(w: WorkloadModel, prefix: string): Record<string, unknown> {
  const term = {
    labelSelector: { matchLabels: selectorLabels(w, prefix) },
    topologyKey: "kubernetes.io/hostname",
  };
  return {
    podAntiAffinity:
      w.antiAffinity === "required"
        ? { requiredDuringSchedulingIgnoredDuringExecution: [term] }
        : { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }] },
  };
}

function podTemplate(w: WorkloadModel, prefix: string): Record<string, unknown> {
  const annotations: Record<string, string> = { ...planAnnotations(w) };
  if (w.metrics) {
    annotations["prometheus.io/scrape"] = "true";
    annotations["prometheus.io/port"] = String(w.metrics.port);
    annotations["prometheus.io/path"] = w.metrics.path;
  }
  const gpu = w.gpu
    ? {
        nodeSelector: w.gpu.productLabel
          ? { "nvidia.com/gpu.product": w.gpu.productLabel }
          : { "nvidia.com/gpu.present": "true" },
        tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
      }
    : {};
  return {
    metadata: { labels: workloadLabels(w, prefix), annotations },
    spec: {
      ...(w.serviceAccount ? { serviceAccountName: w.serviceAccount } : {}),
      ...(w.fsGroup !== undefined ? { securityContext: { fsGroup: w.fsGroup } } : {}),
      affinity: affinity(w, prefix),
      ...gpu,
      containers: w.containers.map((c) => container(c, w)),
      ...(w.volumes.length ? { volumes: w.volumes.map(volume) } : {}),
    },
  };
}

/** The Deployment (stateless) or StatefulSet (stateful, one claim per replica) of a workload. */
export function workloadObject(w: WorkloadModel, namespace: string, prefix: string): K8sObject {
  const metadata = {
    name: w.name,
    namespace,
    labels: workloadLabels(w, prefix),
    annotations: planAnnotations(w),
  };
  const selector = { matchLabels: selectorLabels(w, prefix) };
  if (w.controller === "StatefulSet") {
    const storage = w.storage;
    return {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata,
      spec: {
        serviceName: `${w.name}-headless`,
        replicas: w.replicas,
        // MinIO's erasure set only becomes ready once every member is up: start them together.
        ...(w.kind === "s3" ? { podManagementPolicy: "Parallel" } : {}),
        selector,
        template: podTemplate(w, prefix),
        ...(storage
          ? {
              volumeClaimTemplates: [
                {
                  metadata: {
                    name: storage.claim,
                    annotations: { "stackplan.io/size-basis": storage.basis },
                  },
                  spec: {
                    accessModes: [storage.accessMode],
                    storageClassName: storage.storageClass,
                    resources: { requests: { storage: storageQuantity(storage.sizeG) } },
                  },
                },
              ],
            }
          : {}),
      },
    };
  }
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata,
    spec: {
      replicas: w.replicas,
      selector,
      // GPU pods cannot surge (no spare GPUs): replace one at a time instead.
      ...(w.gpu
        ? { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } }
        : {}),
      template: podTemplate(w, prefix),
    },
  };
}
