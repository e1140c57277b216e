import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import type { ComponentReport, Report } from "../../engine/report-schema";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ExportWarning } from "../types";
import { mountPathFor } from "./storage";
import type { ContainerModel, EnvModel, ProbesModel, SecurityModel, Tier, WorkloadModel } from "./types";

/** Resources of a metrics-exporter sidecar, on top of the component's own sizing. */
const EXPORTER = { cpuCores: 0.1, memoryGi: 0.125 };

export const tcp = (port: number): ProbesModel => ({
  readiness: { type: "tcp", port },
  liveness: { type: "tcp", port },
});
export const http = (path: string, port: number, ready = path): ProbesModel => ({
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

/** What every component builder gets: the plan node, its sizing, its name and namespace. */
export interface ComponentContext {
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

/** The component's main container: its catalog ports, the report's per-replica sizing, its data mount. */
export function mainContainer(
  ctx: ComponentContext,
  image: string,
  extra: Partial<ContainerModel> = {},
): ContainerModel {
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

/** A metrics-exporter sidecar (postgres_exporter, redis_exporter), sized on top of the component. */
export function exporterContainer(
  name: string,
  image: string,
  port: number,
  env: EnvModel[],
): ContainerModel {
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

/** What a component builder decides; the rest of the WorkloadModel is filled in by `workloadFrom`. */
export type ComponentParts = Pick<WorkloadModel, "containers"> &
  Partial<Omit<WorkloadModel, "containers" | "security">> & { security: SecurityModel };

/** The WorkloadModel of a platform component from its builder's parts and the plan node. */
export function workloadFrom(ctx: ComponentContext, parts: ComponentParts): WorkloadModel {
  const { node } = ctx;
  const stateful = COMPONENTS[node.kind].stateful;
  return {
    nodeId: node.id,
    kind: node.kind,
    label: node.label,
    ...(node.notes ? { notes: node.notes } : {}),
    name: ctx.name,
    tier: ctx.tier,
    controller: stateful ? "StatefulSet" : "Deployment",
    replicas: node.replicas,
    ...(node.autoscale ? { autoscale: node.autoscale } : {}),
    volumes: [],
    extraClaims: [],
    headless: stateful,
    config: {},
    secretKeys: [],
    job: jobOf(node.kind),
    antiAffinity: stateful ? "required" : "preferred",
    peerPorts: [],
    connections: [],
    ...parts,
  };
}
