import { storeTopologies, type StoreTopology } from "../../engine/rules/store-topology";
import type { Report } from "../../engine/report-schema";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { NameAllocator } from "../names";
import type { Environment, ExportWarning } from "../types";
import { platformWorkload } from "./components";
import { namespacesFor, tierOf } from "./environment";
import { attachConnections, planFlows } from "./flows";
import { planWarnings } from "./plan-warnings";
import { PRIVATE_RANGES, servingWorkload } from "./serving";
import { storeAtHorizonGb } from "./storage";
import type {
  ExternalModel,
  FlowEnd,
  FlowModel,
  IngressModel,
  ModelCacheModel,
  StandaloneClaimModel,
  Tier,
  WorkloadModel,
} from "./types";

/** Names our generators use for fixed objects; node names never take them. */
export const RESERVED_NAMES = [
  "default-deny",
  "allow-dns",
  "allow-monitoring",
  "stackplan-plan",
  "platform",
  "logs",
  "backups",
  "ingress",
  "allow-acme-solver",
  "dcgm-exporter",
];

export interface DeploymentModel {
  plan: PlanDocument;
  report: Report;
  /** Environment the bundle is for (its README, compose and Helm values); the base keeps production names. */
  environment: Environment;
  prefix: string;
  /** Namespaces of the base (production layout); overlays rename the app tier. */
  namespaces: Record<Tier, string>;
  workloads: WorkloadModel[];
  externals: ExternalModel[];
  flows: FlowModel[];
  ingress: IngressModel | null;
  claims: StandaloneClaimModel[];
  /** How every store runs (engine/rules/store-topology): the README, the report and the manifests agree. */
  stores: StoreTopology[];
  modelCaches: ModelCacheModel[];
  warnings: ExportWarning[];
}

const CLOUD_HOSTS: Record<string, string> = {
  openai: "api.openai.com",
  anthropic: "api.anthropic.com",
  "azure-openai": "your-resource.openai.azure.com",
  together: "api.together.xyz",
  deepinfra: "api.deepinfra.com",
};

function cloudExternal(node: PlanNode, name: string, warn: (w: ExportWarning) => void): ExternalModel {
  const provider = node.cloud!.provider;
  const host = CLOUD_HOSTS[provider]!;
  warn({
    code: "cloud-provider-external",
    subject: node.id,
    message: `${node.label}: a cloud API (${provider}, ${node.cloud!.model}) is not deployed; it is an ExternalName Service to ${host}${provider === "azure-openai" ? " (replace your-resource with your Azure OpenAI resource name)" : ""}. Egress to it is opened to public addresses on 443 (NetworkPolicies cannot name a host); data sent there leaves the premises.`,
  });
  return {
    nodeId: node.id,
    kind: node.kind,
    label: node.label,
    name,
    tier: tierOf(node.kind),
    host,
    port: 443,
    reason: "cloud-provider",
    egress: [{ cidr: "0.0.0.0/0", except: PRIVATE_RANGES }],
    replicas: node.replicas,
    provider,
    cloudModel: node.cloud!.model,
  };
}

interface Parts {
  workloads: WorkloadModel[];
  externals: ExternalModel[];
  caches: ModelCacheModel[];
  ends: Map<string, FlowEnd>;
}

/** Every plan node as a workload, an external endpoint or the ingress, in plan order. */
function planParts(
  plan: PlanDocument,
  report: Report,
  stores: StoreTopology[],
  warn: (w: ExportWarning) => void,
): Parts {
  const namespaces = namespacesFor(plan.metadata.namespacePrefix, "production");
  const names = new NameAllocator(RESERVED_NAMES);
  const components = new Map(report.components.map((c) => [c.nodeId, c]));
  const serving = new Map(report.serving.map((s) => [s.nodeId, s]));
  const storeOf = new Map(stores.map((s) => [s.nodeId, s]));
  const parts: Parts = { workloads: [], externals: [], caches: [], ends: new Map() };
  const addWorkload = (w: WorkloadModel) => {
    parts.workloads.push(w);
    parts.ends.set(w.nodeId, { type: "workload", workload: w });
  };
  const addExternal = (e: ExternalModel) => {
    parts.externals.push(e);
    parts.ends.set(e.nodeId, { type: "external", external: e });
  };
  for (const node of plan.nodes) {
    const tier = tierOf(node.kind);
    if (node.kind === "lb") {
      parts.ends.set(node.id, { type: "ingress" });
      continue;
    }
    const name = names.name(node.id);
    if (node.kind === "cloud-llm") addExternal(cloudExternal(node, name, warn));
    else if (node.serving) {
      const made = servingWorkload(node, plan, name, serving.get(node.id), warn);
      if (made.workload) addWorkload(made.workload);
      if (made.external) addExternal(made.external);
      if (made.cache) parts.caches.push(made.cache);
    } else {
      const component = components.get(node.id);
      if (!component) continue;
      const ctx = { node, plan, component, report, name, tier, namespace: namespaces[tier], warn };
      addWorkload(platformWorkload(ctx, storeOf.get(node.id)));
    }
  }
  return parts;
}

/**
 * PostgreSQL archives its WAL and base backups to the plan's object store: a flow of its own (not a plan edge),
 * which also gives the cluster the object store's credentials.
 */
function backupFlows(workloads: WorkloadModel[]): FlowModel[] {
  const out: FlowModel[] = [];
  for (const pg of workloads) {
    if (pg.store?.kind !== "postgres" || !pg.store.backupTarget) continue;
    const targetId = pg.store.backupTarget.nodeId;
    const target = workloads.find((w) => w.nodeId === targetId);
    if (!target) continue;
    out.push({
      edgeIds: [],
      source: { type: "workload", workload: pg },
      target: { type: "workload", workload: target },
      port: 9000,
      origin: "planner",
      why: "CloudNativePG archives WAL and base backups to the object store (RPO).",
    });
  }
  return out;
}

/**
 * Turns a plan and its report into the deployment model every target renders. Pure: the same plan and report give
 * the same model, names and warnings, in the same order.
 */
export function buildDeploymentModel(
  plan: PlanDocument,
  report: Report,
  environment: Environment,
): DeploymentModel {
  const warnings: ExportWarning[] = [];
  const warn = (w: ExportWarning) => warnings.push(w);
  const prefix = plan.metadata.namespacePrefix;
  const stores = storeTopologies(plan, {
    components: report.components,
    serving: report.serving,
    initialIngestionTokens: report.demand.initialIngestionTokens,
  });
  const { workloads, externals, caches, ends } = planParts(plan, report, stores, warn);
  const flows = [...planFlows(plan, ends, warn), ...backupFlows(workloads)];
  attachConnections(flows, new Map(report.serving.map((s) => [s.nodeId, s.trafficShare])));
  const ingress = ingressModel(plan, report, flows);
  const claims = standaloneClaims(report);
  warnings.push(...planWarnings({ plan, report, workloads, externals, ingress, flows, environment }));
  return {
    plan,
    report,
    environment,
    prefix,
    namespaces: namespacesFor(prefix, "production"),
    workloads,
    externals,
    flows,
    ingress,
    claims,
    stores,
    modelCaches: caches,
    warnings,
  };
}

function ingressModel(plan: PlanDocument, report: Report, flows: FlowModel[]): IngressModel | null {
  const lbNodes = plan.nodes.filter((n) => n.kind === "lb");
  const first = lbNodes[0];
  if (!first) return null;
  const routes = flows
    .filter((f) => f.source.type === "ingress" && f.target.type === "workload")
    .map((f) => {
      const workload = (f.target as Extract<FlowEnd, { type: "workload" }>).workload;
      return { workload, port: f.port, hostLabel: workload.name };
    });
  const component = report.components.find((c) => c.nodeId === first.id);
  return {
    nodeId: first.id,
    label: first.label,
    replicas: lbNodes.reduce((s, n) => s + n.replicas, 0),
    cpuCores: component?.cpuCores ?? 2,
    memoryGi: component?.memoryGb ?? 4,
    routes,
  };
}

/**
 * Logs (Loki) and backups are stores of the storage model that no platform component mounts: they become claims
 * on the `standard` class (§7: "standard for logs/backups") sized for the horizon with the margin.
 */
function standaloneClaims(report: Report): StandaloneClaimModel[] {
  return (["logs", "backups"] as const).map((store) => {
    const { gb, month } = storeAtHorizonGb(report, store);
    return {
      name: store,
      tier: store === "logs" ? "monitoring" : "services",
      store,
      storageClass: "standard",
      sizeG: Math.max(1, Math.ceil(gb - 1e-9)),
      basis: `storage model, month ${month}: ${store} ${Math.round(gb).toLocaleString("en-US")} GB incl. ${report.storage.marginPct}% margin`,
    };
  });
}
