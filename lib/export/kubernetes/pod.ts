import type {
  ContainerModel,
  MountModel,
  ProbeModel,
  SecurityModel,
  VolumeModel,
  WorkloadModel,
} from "../model/types";
import {
  cpuQuantity,
  memoryQuantity,
  planAnnotations,
  selectorLabels,
  storageQuantity,
  workloadLabels,
} from "./meta";

/** Pod-level `restricted` settings: non-root user and group, volume group, the runtime's seccomp profile. */
export function podSecurity(s: SecurityModel): Record<string, unknown> {
  return {
    runAsNonRoot: true,
    runAsUser: s.runAsUser,
    runAsGroup: s.runAsGroup,
    fsGroup: s.fsGroup,
    seccompProfile: { type: "RuntimeDefault" },
  };
}

/** Container-level `restricted` settings: no privilege escalation, no capability, read-only root where it can be. */
export function containerSecurity(s: SecurityModel): Record<string, unknown> {
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    readOnlyRootFilesystem: s.readOnlyRootFilesystem,
    runAsNonRoot: true,
  };
}

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

/** requests = limits: Guaranteed QoS, so the sizing the plan computed is what each pod gets — never less. */
export function resources(
  c: Pick<ContainerModel, "cpuCores" | "memoryGi" | "gpus">,
): Record<string, unknown> {
  const amounts: Record<string, string | number> = {
    cpu: cpuQuantity(c.cpuCores),
    memory: memoryQuantity(c.memoryGi),
  };
  if (c.gpus > 0) amounts["nvidia.com/gpu"] = c.gpus;
  return { requests: { ...amounts }, limits: { ...amounts } };
}

function probes(c: ContainerModel): Record<string, unknown> {
  if (!c.probes) return {};
  const startup = c.probes.startup;
  return {
    readinessProbe: {
      ...probe(c.probes.readiness),
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold: 3,
    },
    livenessProbe: {
      ...probe(c.probes.liveness),
      initialDelaySeconds: startup ? 0 : 30,
      periodSeconds: 20,
      timeoutSeconds: 5,
      failureThreshold: 6,
    },
    ...(startup
      ? {
          startupProbe: {
            ...probe(startup.probe),
            periodSeconds: startup.periodSeconds,
            failureThreshold: startup.failureThreshold,
          },
        }
      : {}),
  };
}

/** /tmp is writable in every container whose root file system is read-only. */
const TMP: MountModel = { volume: "tmp", mountPath: "/tmp" };

export function container(c: ContainerModel, w: WorkloadModel): Record<string, unknown> {
  const env = c.env.map((e) =>
    "value" in e
      ? { name: e.name, value: e.value }
      : "secretKey" in e
        ? { name: e.name, valueFrom: { secretKeyRef: { name: `${w.name}-secret`, key: e.secretKey } } }
        : { name: e.name, valueFrom: { fieldRef: { fieldPath: e.fieldPath } } },
  );
  const mounts = w.security.readOnlyRootFilesystem ? [...c.mounts, TMP] : c.mounts;
  return {
    name: c.name,
    image: c.image,
    ...(c.command ? { command: c.command } : {}),
    ...(c.args.length ? { args: c.args } : {}),
    ...(c.ports.length
      ? { ports: c.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: "TCP" })) }
      : {}),
    ...(c.envFromConfig ? { envFrom: [{ configMapRef: { name: `${w.name}-config` } }] } : {}),
    ...(env.length ? { env } : {}),
    resources: resources(c),
    ...probes(c),
    securityContext: containerSecurity(w.security),
    ...(mounts.length
      ? {
          volumeMounts: mounts.map((m) => ({
            name: m.volume,
            mountPath: m.mountPath,
            ...(m.subPath ? { subPath: m.subPath } : {}),
            ...(m.readOnly ? { readOnly: true } : {}),
          })),
        }
      : {}),
  };
}

export function volume(v: VolumeModel): Record<string, unknown> {
  if (v.type === "configMap") return { name: v.name, configMap: { name: v.configMap } };
  if (v.type === "claim")
    return {
      name: v.name,
      persistentVolumeClaim: { claimName: v.claimName, ...(v.readOnly ? { readOnly: true } : {}) },
    };
  return {
    name: v.name,
    emptyDir: {
      ...(v.medium ? { medium: v.medium } : {}),
      ...(v.sizeLimitG ? { sizeLimit: storageQuantity(v.sizeLimitG) } : {}),
    },
  };
}

/** HA placement: never two replicas of a replicated store on one host; spread the rest when possible. */
export function affinity(w: WorkloadModel, prefix: string): Record<string, unknown> {
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

/** Prometheus scrape annotations of a workload with metrics. */
export function scrapeAnnotations(w: WorkloadModel): Record<string, string> {
  return w.metrics
    ? {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": String(w.metrics.port),
        "prometheus.io/path": w.metrics.path,
      }
    : {};
}

/** GPU pods land on the GPU nodes the GPU Operator labels, tolerating their taint. */
export function gpuPlacement(w: WorkloadModel): Record<string, unknown> {
  if (!w.gpu) return {};
  return {
    nodeSelector: w.gpu.productLabel
      ? { "nvidia.com/gpu.product": w.gpu.productLabel }
      : { "nvidia.com/gpu.present": "true" },
    tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
  };
}

export function podTemplate(w: WorkloadModel, prefix: string): Record<string, unknown> {
  const volumes = [
    ...w.volumes,
    ...(w.security.readOnlyRootFilesystem ? [{ name: "tmp", type: "emptyDir" as const, sizeLimitG: 1 }] : []),
  ];
  return {
    metadata: {
      labels: workloadLabels(w, prefix),
      annotations: { ...planAnnotations(w), ...scrapeAnnotations(w) },
    },
    spec: {
      ...(w.serviceAccount ? { serviceAccountName: w.serviceAccount } : {}),
      // Pods talk to no Kubernetes API: no token is mounted (Prometheus' own account excepted).
      automountServiceAccountToken: Boolean(w.serviceAccount),
      securityContext: podSecurity(w.security),
      affinity: affinity(w, prefix),
      ...gpuPlacement(w),
      ...(w.initContainers?.length ? { initContainers: w.initContainers.map((c) => container(c, w)) } : {}),
      containers: w.containers.map((c) => container(c, w)),
      volumes: volumes.map(volume),
    },
  };
}
