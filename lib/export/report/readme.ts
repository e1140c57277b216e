import type { DeploymentModel } from "../model/build";
import { IMAGES } from "../model/images";
import { namespacesFor } from "../model/environment";
import { cpuQuantity, memoryQuantity } from "../kubernetes/meta";
import { componentSizing } from "../model/components";
import type { WorkloadModel } from "../model/types";
import type { ExportWarning } from "../types";
import { code, md, money, num, table } from "./markdown";
import { deploymentSections } from "./prerequisites";
import { servingTable, storeTopologySection } from "./topology";

/** How the bundle turns plan figures into manifests: said once, so nobody has to read the generator. */
const EXPORTER_ASSUMPTIONS = [
  "Requests equal limits for CPU and memory (Guaranteed QoS): each pod gets exactly the per-replica sizing of the plan.",
  "Memory GB of the plan are binary (Gi), as RAM is sold; storage GB are decimal (G = 10^9 bytes), as the storage model counts them.",
  "Volume claims are the larger of the node's storage and the storage model's figure at the last month of the horizon with its margin; replicated stores hold a full copy per replica, MinIO spreads objects over its servers' drives with its default erasure-coding parity.",
  "Members of a replicated store (PostgreSQL instances, Redis primary and replicas, Sentinels, MinIO servers) never share a host (required anti-affinity); stateless tiers prefer to spread.",
  "Model weights live on one ReadWriteMany volume per model server, filled once by a download Job; servers mount it read-only and never reach the internet. The server's context limit is the plan's prompt + output tokens with 25% headroom (256-token blocks, within the model's maximum); llama.cpp keeps the exact context because it allocates it up front.",
  "A Deployment under a HorizontalPodAutoscaler carries no fixed replica count: the autoscaler owns it.",
  "A PodDisruptionBudget (one pod at a time) protects every component with two or more replicas (the operators keep their own for their stores); a HorizontalPodAutoscaler follows the plan's autoscale bounds and CPU target.",
  "Model servers: one pod per model instance requesting its tensor-parallel GPUs, with the engine's per-GPU host share (4 cores, 24 GB), model, precision, KV-cache precision, max sequences (the SLO concurrency) and context (prompt + output tokens).",
  "Overlays: production keeps the base as sized; staging and dev move the app tier to <prefix>-staging / <prefix>-dev and their own host names, and — when the plan is sized for a higher environment — cap replicas at 2 (staging) and 1 (dev); per-pod resources and volume sizes stay the plan's.",
  "NetworkPolicies deny everything by default in the platform namespaces, then open only the plan's allowed edges (reference firewall, §4), DNS, Prometheus scraping, replication between a store's own members, its operator, and the WAL archive to the object store.",
];

const CONTROLLER_NAMES: Record<WorkloadModel["controller"], string> = {
  Deployment: "Deployment",
  StatefulSet: "StatefulSet",
  CloudNativePG: "CloudNativePG Cluster",
  RedisReplication: "RedisReplication + RedisSentinel",
};

function deployedAs(model: DeploymentModel) {
  const ns = namespacesFor(model.prefix, model.environment);
  const rows: string[][] = [];
  for (const w of model.workloads) {
    const main = componentSizing(w.containers);
    rows.push([
      md(w.label),
      code(w.name),
      CONTROLLER_NAMES[w.controller],
      code(ns[w.tier]),
      w.autoscale
        ? `HPA ${w.autoscale.minReplicas}–${w.autoscale.maxReplicas} (plan: ${w.replicas})`
        : String(w.replicas),
      `${cpuQuantity(main.cpuCores)} / ${memoryQuantity(main.memoryGi)}${main.gpus ? ` / ${main.gpus} GPU` : ""}`,
      [w.storage, ...w.extraClaims]
        .filter((c) => c !== undefined)
        .map((c) => `${c.sizeG} G ${code(c.storageClass)}`)
        .join(" + ") || "—",
    ]);
  }
  for (const e of model.externals) {
    rows.push([
      md(e.label),
      code(e.name),
      `ExternalName → ${code(e.host)}`,
      code(ns[e.tier]),
      String(e.replicas),
      "outside the cluster",
      "—",
    ]);
  }
  if (model.ingress) {
    const i = model.ingress;
    rows.push([
      md(i.label),
      code("platform"),
      "Ingress (ingress-nginx add-on)",
      code(ns.app),
      String(i.replicas),
      `${cpuQuantity(i.cpuCores)} / ${memoryQuantity(i.memoryGi)} (controller)`,
      "—",
    ]);
  }
  return table(
    [
      "node",
      "name",
      "deployed as",
      "namespace",
      "replicas",
      "CPU / memory per replica",
      "volume per replica",
    ],
    rows,
  );
}

function layout(files: string[]): string {
  const components = files.filter((f) => f.startsWith("kubernetes/base/components/"));
  const lines = files.filter((f) => !f.startsWith("kubernetes/base/components/")).map((f) => `- ${code(f)}`);
  if (components.length) {
    lines.push(`- ${code("kubernetes/base/components/")} — ${components.length} file(s), one per component`);
  }
  return lines.sort().join("\n");
}

function planned(model: DeploymentModel): string[] {
  const { plan, report } = model;
  const s = plan.slos;
  const t = report.totals;
  return [
    "## What was planned",
    "",
    `${num(plan.workload.users, 0)} users, sized for ${report.plan.horizonMonths} months of growth. SLOs: ≥ ${s.minTokensPerSecondPerUser} tokens/s per user, first token ≤ ${s.maxTtftMs} ms, availability ${s.availabilityPct}%, RPO ${s.rpoMinutes} min, RTO ${s.rtoHours} h.`,
    "",
    deployedAs(model),
    "",
    ...servingTable(model, "Model servers, as the engine sized them:"),
    `Totals: ${num(t.cpuCores)} cores, ${num(t.memoryGb)} GB memory, ${num(t.storageGb)} GB storage, ${t.gpus} GPU(s), ${num(t.powerW, 0)} W. Cost: ${money(report.cost.capexUsd, plan)} CAPEX, ${money(report.cost.monthlyRunCostUsd, plan)}/month, TCO ${money(report.cost.tcoUsd, plan)} over ${report.plan.horizonMonths} months — details in ${code("report/capacity-report.md")}, the proposal in the plan's language in ${code("report/proposal.md")} and ${code("report/bill-of-materials.csv")}.`,
    "",
  ];
}

function targets(model: DeploymentModel): string[] {
  const monitoring = model.workloads.some((w) => w.kind === "monitoring");
  return [
    "## Other targets",
    "",
    [
      monitoring
        ? `- Alerts: the bundled Prometheus loads them and its Grafana shows the dashboard; with the Prometheus Operator apply ${code("monitoring/prometheus-rules.yaml")}; import ${code("monitoring/grafana-dashboard.json")} into another Grafana.`
        : `- Alerts: the plan has no monitoring node — apply ${code("monitoring/prometheus-rules.yaml")} with the Prometheus Operator or load ${code("monitoring/alerts.rules.yml")} into your Prometheus, and import ${code("monitoring/grafana-dashboard.json")} into your Grafana.`,
      `- Helm: ${code("helm/")} is an umbrella chart over the upstream charts (pinned in ${code("helm/Chart.yaml")}). Create and label the release namespace ${code(model.namespaces.services)} (Pod Security \`baseline\` enforced, \`restricted\` warned: the community chromadb chart offers no container security context), then ${code("helm dependency build helm/")} and ${code(`helm install ${model.prefix} helm/ -n ${model.namespaces.services}`)} (the release name ${code(model.prefix)} names the vLLM router Service the API is configured with). The stores run in the release namespace with the charts' own NetworkPolicies; the platform's own namespace gets the bundle's.`,
      `- Single host (dev/test only): copy ${code("compose/.env.example")} to ${code("compose/.env")}, fill it, then ${code("docker-compose -f compose/docker-compose.yml up -d")}. One replica of everything, no failover or backups.`,
    ].join("\n"),
    "",
  ];
}

/**
 * The bundle's README.md: what was planned (sizing per component, serving settings, totals), how each store runs and
 * why, the engine's findings, every setting the bundle does not express and why (its warnings), prerequisites with
 * versions, Pod Security, the order to apply, the other targets, images and layout.
 */
export function readme(model: DeploymentModel, warnings: ExportWarning[], files: string[]): string {
  const { plan, report } = model;
  const out: string[] = [];
  out.push(`# ${md(plan.metadata.name)} — deployable bundle`, "");
  out.push(
    `Generated by Stackplan for the ${code(model.environment)} environment from the plan${plan.metadata.templateId ? ` (template ${code(plan.metadata.templateId)})` : ""}, catalog ${code(report.catalogVersion)}. The same plan always gives the same bundle, byte for byte; ${code("plan.json")} is the plan it was generated from.`,
    "",
  );
  if (plan.metadata.description) out.push(`> ${md(plan.metadata.description)}`, "");
  out.push(...planned(model), ...storeTopologySection(model));
  out.push("## Findings", "");
  out.push(
    report.findings.length
      ? report.findings
          .map((f) => `- **${f.severity}** ${code(f.code)}: ${md(f.message)} — ${md(f.fix)}`)
          .join("\n")
      : "The engine reports no findings.",
    "",
  );
  out.push("## What this bundle does not express", "");
  out.push(
    "Each item is a plan setting or deployment step no generated file can carry, with what to do instead:",
    "",
    warnings
      .map((w) => `- **${code(w.code)}**${w.subject ? ` (${md(w.subject)})` : ""}: ${md(w.message)}`)
      .join("\n"),
    "",
  );
  out.push(...deploymentSections(model), ...targets(model));
  out.push("## Images", "");
  out.push(
    table(
      ["component", "image"],
      [
        ...Object.entries(IMAGES).map(([k, v]) => [k, code(v)]),
        ...model.workloads.filter((w) => w.serving).map((w) => [code(w.name), code(w.containers[0]!.image)]),
      ],
    ),
    "",
  );
  out.push("## Layout", "", layout(files), "");
  out.push("## Assumptions", "");
  out.push([...report.assumptions, ...EXPORTER_ASSUMPTIONS].map((a) => `- ${md(a)}`).join("\n"), "");
  return out.join("\n");
}
