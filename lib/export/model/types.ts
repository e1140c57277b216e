import type { ComponentKind } from "../../catalog/components";
import type { StoreTopology } from "../../engine/rules/store-topology";
import type { StoreId } from "../../engine/report-schema";

/**
 * The deployment model: what the plan and the engine's report mean for a cluster, computed once and rendered by every
 * target (Kubernetes, Helm values, compose, monitoring, README) — so all of them carry the same sizing.
 */

/** Namespace groups of docs/reference-platform.md §7: app (`<prefix>-prod`/-staging), services, ai, monitoring. */
export type Tier = "app" | "services" | "ai" | "monitoring";

export interface PortModel {
  name: string;
  port: number;
}

export type ProbeModel =
  | { type: "http"; path: string; port: number }
  | { type: "tcp"; port: number }
  | { type: "exec"; command: string[] };

export interface ProbesModel {
  readiness: ProbeModel;
  liveness: ProbeModel;
  /** Slow starters (model servers load tens of GB of weights): liveness waits until this succeeds. */
  startup?: { probe: ProbeModel; failureThreshold: number; periodSeconds: number };
}

export interface MountModel {
  volume: string;
  mountPath: string;
  subPath?: string;
  readOnly?: boolean;
}

export interface ContainerModel {
  name: string;
  image: string;
  command?: string[];
  args: string[];
  ports: PortModel[];
  /** CPU cores and memory (GiB) of this container; requests = limits (Guaranteed QoS). */
  cpuCores: number;
  memoryGi: number;
  gpus: number;
  /** Environment: literal values, keys of the workload's ConfigMap, or keys of its Secret template. */
  env: EnvModel[];
  /** Load every key of the workload ConfigMap as environment. */
  envFromConfig: boolean;
  probes?: ProbesModel;
  mounts: MountModel[];
  /** A helper (metrics exporter, Grafana) rather than the component itself: compose leaves it out. */
  sidecar: boolean;
  /** A metrics exporter: added on top of the component's sizing (not part of the plan's figures). */
  exporter?: boolean;
}

export type EnvModel =
  { name: string; value: string } | { name: string; secretKey: string } | { name: string; fieldPath: string };

export type VolumeModel =
  | { name: string; type: "emptyDir"; medium?: "Memory"; sizeLimitG?: number }
  | { name: string; type: "configMap"; configMap: string; items?: { key: string; path: string }[] }
  | { name: string; type: "claim"; claimName: string; readOnly?: boolean };

/**
 * Pod Security `restricted` settings of a workload: a non-root user, no privilege escalation, every capability
 * dropped, the runtime's seccomp profile, and a read-only root file system (writable paths are emptyDir mounts).
 */
export interface SecurityModel {
  runAsUser: number;
  runAsGroup: number;
  fsGroup: number;
  readOnlyRootFilesystem: boolean;
}

/** Which controller runs a workload: plain Kubernetes, or an operator's custom resource. */
export type ControllerKind = "Deployment" | "StatefulSet" | "CloudNativePG" | "RedisReplication";

export interface StorageModel {
  /** volumeClaimTemplate name; PVCs are `<claim>-<workload>-<ordinal>`. */
  claim: string;
  /** The storage-model store it holds, or null (Prometheus: sized by the plan only). */
  store: StoreId | null;
  storageClass: StorageClassName;
  /** Per replica, GB (10^9 bytes, as the storage model counts): rendered as a `G` quantity. */
  sizeG: number;
  /** How sizeG was reached, for the README and the capacity report. */
  basis: string;
  accessMode: "ReadWriteOnce" | "ReadWriteMany";
  mountPath: string;
}

/** fast-ssd and minio-drives are local disks (no provisioner); standard is replicated block storage. */
export type StorageClassName = "fast-ssd" | "standard" | "minio-drives";

export interface ServingModel {
  purpose: "llm" | "embeddings";
  frameworkId: string;
  frameworkName: string;
  /** What the server loads: a Hugging Face repository when the catalog names one, else the catalog id. */
  model: string;
  servedModelName: string;
  precision: string;
  kvPrecision: string;
  tensorParallelSize: number;
  pipelineParallelSize: number;
  /** Sequences batched per replica: the engine's SLO concurrency (or the plan's fixed value). */
  maxNumSeqs: number;
  /** Context per sequence the engine sized the KV cache for: the plan's prompt + output tokens. */
  contextTokens: number;
  /** The server's context limit: contextTokens with headroom (contextWithHeadroom), within the model's maximum. */
  maxModelLen: number;
  gpuMemoryUtilization: number;
  hardware: string;
}

export interface WorkloadModel {
  nodeId: string;
  kind: ComponentKind;
  label: string;
  notes?: string;
  name: string;
  tier: Tier;
  controller: ControllerKind;
  replicas: number;
  autoscale?: { minReplicas: number; maxReplicas: number; targetCpuPct: number };
  containers: ContainerModel[];
  volumes: VolumeModel[];
  /** Containers that must finish first (model servers wait for their weights on the shared volume). */
  initContainers?: ContainerModel[];
  storage?: StorageModel;
  /** More claims per replica: MinIO's further drives, Meilisearch's snapshot volume. */
  extraClaims: StorageModel[];
  security: SecurityModel;
  /** How the store runs (PostgreSQL, Redis, ChromaDB, Meilisearch, MinIO): engine/rules/store-topology. */
  store?: StoreTopology;
  /** Service name clients connect to when it is not the workload's own (CNPG `-rw`, PgBouncer, Redis `-master`). */
  clientService?: string;
  /** Labels of the pods clients reach when an operator labels them (CNPG instances or its PgBouncer pods). */
  podSelector?: Record<string, string>;
  /** Labels of all the store's own pods (instances, poolers, sentinels): peers, operator and API access. */
  memberSelector?: Record<string, string>;
  /** The pods talk to the Kubernetes API (operator instance managers): egress to it is opened. */
  kubernetesApi?: boolean;
  /** An operator reaches the pods from its namespace (status, failover, replication commands). */
  operator?: { namespace: string; ports: number[] };
  /** StatefulSets: a headless Service gives pods stable DNS names (`<pod>.<name>-headless`). */
  headless: boolean;
  gpu?: { hardware: string; count: number; productLabel: string | null };
  /** ConfigMap `<name>-config` (non-secret settings). */
  config: Record<string, string>;
  /** Secret template `<name>-secret`: keys whose values are placeholders. */
  secretKeys: string[];
  /** Prometheus `job` label of its metrics (the spec's rules say `job="postgresql"`). */
  job: string;
  /** Where Prometheus scrapes it; absent when the component exposes no Prometheus metrics. */
  metrics?: { port: number; path: string };
  /** Service account (Prometheus needs one to discover pods). */
  serviceAccount?: string;
  /** Group owning mounted volumes (images that run as a non-root user). */
  fsGroup?: number;
  /** Upstreams it calls (from the plan's allowed edges): rendered as *_HOST/_PORT/_URL settings. */
  connections: ConnectionModel[];
  serving?: ServingModel;
  /** Required anti-affinity for quorum/replicated stores (never two on one host), preferred elsewhere. */
  antiAffinity: "required" | "preferred";
  /** Ports the workload's own replicas use between themselves (replication, MinIO erasure sets). */
  peerPorts: number[];
}

/** A plan node that cannot run in Kubernetes (Apple Silicon, a cloud API): an ExternalName Service points at it. */
export interface ExternalModel {
  nodeId: string;
  kind: ComponentKind;
  label: string;
  name: string;
  tier: Tier;
  host: string;
  port: number;
  reason: "apple-silicon" | "cloud-provider";
  /** Where its traffic goes, for egress NetworkPolicies: the plan zone's CIDR, private ranges, or the internet. */
  egress: { cidr: string; except: string[] }[];
  replicas: number;
  /** The command line to run on each Mac (Apple Silicon only). */
  runCommand?: string;
  serving?: ServingModel;
  provider?: string;
  cloudModel?: string;
}

export type FlowEnd =
  | { type: "workload"; workload: WorkloadModel }
  | { type: "external"; external: ExternalModel }
  | { type: "ingress" };

/** An allowed flow (an edge the reference firewall permits), opened by NetworkPolicies. */
export interface FlowModel {
  edgeIds: string[];
  source: FlowEnd;
  target: FlowEnd;
  port: number;
  origin: "spec" | "planner";
  why: string;
}

export interface IngressRouteModel {
  workload: WorkloadModel;
  port: number;
  /** Host name label: `<host>.<prefix>.example.com` (production), `<host>.<env>.<prefix>.example.com` otherwise. */
  hostLabel: string;
}

export interface IngressModel {
  nodeId: string;
  label: string;
  replicas: number;
  cpuCores: number;
  memoryGi: number;
  routes: IngressRouteModel[];
}

/**
 * The shared model volume of a serving workload (ReadWriteMany, every replica mounts it read-only) and the Job that
 * fills it once with the server's own image.
 */
export interface ModelCacheModel {
  workload: WorkloadModel;
  claimName: string;
  sizeG: number;
  basis: string;
  download: { image: string; script: string; env: EnvModel[]; marker: string } | null;
}

/** A claim no workload mounts (logs, backups): the storage model's figure, for Loki and backup jobs. */
export interface StandaloneClaimModel {
  name: string;
  tier: Tier;
  store: "logs" | "backups";
  storageClass: StorageClassName;
  sizeG: number;
  basis: string;
}

/** One upstream of a workload: what its settings (ConfigMap, Secret template) must say to reach it. */
export interface ConnectionModel {
  target: Exclude<FlowEnd, { type: "ingress" }>;
  targetName: string;
  targetKind: ComponentKind;
  port: number;
  scheme: "http" | "https" | "postgresql" | "redis";
  /** Model name to request (serving targets). */
  model?: string;
  /** Share of its purpose's traffic the engine routes there (serving targets), 0–1. */
  trafficShare?: number;
  /** A flow of the bundle's own (WAL archive to the object store), not a plan edge: compose has no such job. */
  internal?: boolean;
}
