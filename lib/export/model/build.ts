import type { Report } from "../../engine/report-schema";
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
  warnings: ExportWarning[];
}

const CLOUD_HOSTS: Record<string, string> = {
  openai: "api.openai.com",
  anthropic: "api.anthropic.com",
  "azure-openai": "your-resource.openai.azure.com",
};

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
  const namespaces = namespacesFor(prefix, "production");
  const names = new NameAllocator(RESERVED_NAMES);
  const components = new Map(report.components.map((c) => [c.nodeId, c]));
  const serving = new Map(report.serving.map((s) => [s.nodeId, s]));
  const workloads: WorkloadModel[] = [];
  const externals: ExternalModel[] = [];
  const ends = new Map<string, FlowEnd>();
  const lbNodes = plan.nodes.filter((n) => n.kind === "lb");

  for (const node of plan.nodes) {
    const tier = tierOf(node.kind);
    if (node.kind === "lb") {
      ends.set(node.id, { type: "ingress" });
      continue;
    }
    const name = names.name(node.id);
    if (node.kind === "cloud-llm") {
      const provider = node.cloud!.provider;
      const host = CLOUD_HOSTS[provider]!;
      const external: ExternalModel = {
        nodeId: node.id,
        kind: node.kind,
        label: node.label,
        name,
        tier,
        host,
        port: 443,
        reason: "cloud-provider",
        egress: [{ cidr: "0.0.0.0/0", except: PRIVATE_RANGES }],
        replicas: node.replicas,
        provider,
        cloudModel: node.cloud!.model,
      };
      warn({
        code: "cloud-provider-external",
        subject: node.id,
        message: `${node.label}: a cloud API (${provider}, ${node.cloud!.model}) is not deployed; it is an ExternalName Service to ${host}${provider === "azure-openai" ? " (replace your-resource with your Azure OpenAI resource name)" : ""}. Egress to it is opened to public addresses on 443 (NetworkPolicies cannot name a host); data sent there leaves the premises.`,
      });
      externals.push(external);
      ends.set(node.id, { type: "external", external });
      continue;
    }
    if (node.serving) {
      const { workload, external } = servingWorkload(node, plan, name, serving.get(node.id), warn);
      if (workload) {
        workloads.push(workload);
        ends.set(node.id, { type: "workload", workload });
      }
      if (external) {
        externals.push(external);
        ends.set(node.id, { type: "external", external });
      }
      continue;
    }
    const component = components.get(node.id);
    if (!component) continue;
    const workload = platformWorkload({
      node,
      plan,
      component,
      report,
      name,
      tier,
      namespace: namespaces[tier],
      warn,
    });
    workloads.push(workload);
    ends.set(node.id, { type: "workload", workload });
  }

  const flows = planFlows(plan, ends, warn);
  const traffic = new Map(report.serving.map((s) => [s.nodeId, s.trafficShare]));
  attachConnections(flows, traffic);
  const ingress = ingressModel(plan, report, flows, lbNodes);
  const claims = standaloneClaims(report);
  warnings.push(...planWarnings({ plan, report, workloads, externals, ingress, flows, environment }));
  return {
    plan,
    report,
    environment,
    prefix,
    namespaces,
    workloads,
    externals,
    flows,
    ingress,
    claims,
    warnings,
  };
}

function ingressModel(
  plan: PlanDocument,
  report: Report,
  flows: FlowModel[],
  lbNodes: PlanDocument["nodes"],
): IngressModel | null {
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
