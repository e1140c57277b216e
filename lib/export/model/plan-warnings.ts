import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Environment, ExportWarning } from "../types";
import type { ExternalModel, FlowModel, IngressModel, WorkloadModel } from "./types";

interface Input {
  plan: PlanDocument;
  report: Report;
  workloads: WorkloadModel[];
  externals: ExternalModel[];
  ingress: IngressModel | null;
  flows: FlowModel[];
  environment: Environment;
}

const MIN_KUBERNETES_MINOR = 31;

/**
 * Plan settings that no manifest can carry (planning inputs, physical network, routing between model servers) and
 * the placeholders a deployer must fill: each one is said once in the README, with what to do.
 */
export function planWarnings({
  plan,
  report,
  workloads,
  externals,
  ingress,
  flows,
  environment,
}: Input): ExportWarning[] {
  const out: ExportWarning[] = [];
  const add = (code: string, message: string, subject: string | null = null) =>
    out.push({ code, subject, message });
  const minor = Number(plan.metadata.kubernetesVersion.split(".")[1]);
  if (minor < MIN_KUBERNETES_MINOR) {
    add(
      "kubernetes-version",
      `The plan targets Kubernetes ${plan.metadata.kubernetesVersion}; the reference platform needs ≥ 1.${MIN_KUBERNETES_MINOR} (§7) and the manifests are validated against the 1.${MIN_KUBERNETES_MINOR}+ API.`,
    );
  }
  if (environment !== plan.metadata.environment) {
    add(
      "environment-override",
      `The plan is written for ${plan.metadata.environment}; this bundle was evaluated and labelled for ${environment} (replicas stay those of the plan).`,
    );
  }
  if (ingress) {
    add(
      "load-balancer-as-ingress",
      `${ingress.label}: the load balancer is the ingress controller add-on (§7: ingress-nginx, MetalLB without a hardware LB), not a workload of the bundle. Give it the plan's ${ingress.replicas} replica(s) of ${ingress.cpuCores} cores / ${ingress.memoryGi} GB (helm/values.yaml ingress.controller). TLS terminates there (443; 80 redirects).`,
      ingress.nodeId,
    );
    add(
      "placeholder-hosts",
      "Public host names are placeholders under example.com (kubernetes/base/ingress.yaml, overlays/*/kustomization.yaml patches) and the ACME e-mail of the cert-manager Issuer is REPLACE-ME@example.com: set your domain and contact before applying.",
    );
  } else if (workloads.some((w) => w.kind === "frontend" || w.kind === "api")) {
    add(
      "no-load-balancer",
      "The plan has no load balancer: no Ingress is generated and nothing exposes the frontend or the API outside the cluster.",
    );
  }
  if (workloads.some((w) => w.kind === "frontend" || w.kind === "api" || w.kind === "odin")) {
    add(
      "platform-images",
      "The platform's own images (frontend, API, Odin) are vendor images the plan cannot name: set them in the `images:` list of each overlay's kustomization.yaml (placeholders registry.example.com/<prefix>/<component>:REPLACE-ME).",
    );
  }
  add(
    "secret-templates",
    "Secrets are templates: every value is REPLACE-ME. Fill them (or replace kubernetes/base/secrets.yaml with your secret manager: External Secrets, Sealed Secrets) before applying; never commit real values.",
  );
  const classes = new Set(workloads.map((w) => w.storage?.storageClass).filter(Boolean));
  if (classes.has("fast-ssd")) {
    const claims = workloads.filter((w) => w.storage?.storageClass === "fast-ssd");
    const list = claims.map((w) => `${w.replicas} × ${w.storage!.sizeG} G for ${w.name}`).join(", ");
    add(
      "local-volumes",
      `fast-ssd is local NVMe without a provisioner (kubernetes.io/no-provisioner, §7): create the local PersistentVolumes on the data nodes first (${list}), or run the local static provisioner.`,
    );
  }
  add(
    "storage-provisioners",
    "The `standard` class uses Longhorn's CSI driver (driver.longhorn.io) as a stand-in for 'cloud block or equivalent' (§7): change its provisioner to your cluster's block CSI driver (or drop storageclasses.yaml's entry if a `standard` class exists). `s3-csi` (ru.yandex.s3.csi) needs its csi-s3-secret in kube-system with the S3 endpoint and keys.",
  );
  if (classes.has("s3-csi")) {
    add(
      "object-store-volumes",
      "Object storage drives use the s3-csi class as §7 says; s3-csi mounts buckets of an existing S3 service. If MinIO itself is the platform's S3, point its volumeClaimTemplates at a block class (fast-ssd or standard) instead.",
    );
  }
  const servingByPurpose = new Map<string, number>();
  for (const s of report.serving) servingByPurpose.set(s.purpose, (servingByPurpose.get(s.purpose) ?? 0) + 1);
  for (const [purpose, count] of servingByPurpose) {
    if (count > 1) {
      add(
        "traffic-split",
        `${count} ${purpose} endpoints share the traffic (engine shares in *_TRAFFIC_SHARE settings of their clients); Kubernetes Services cannot weight traffic between them — the API (or an LLM gateway) must route by those shares.`,
      );
    }
  }
  for (const w of workloads) {
    if (w.autoscale && w.controller === "StatefulSet") {
      add(
        "stateful-autoscale",
        `${w.label}: the plan autoscales a stateful component; the HorizontalPodAutoscaler scales its StatefulSet, but new replicas start empty until replication or rebalancing fills them.`,
        w.nodeId,
      );
    }
  }
  if (plan.zones.length > 0) {
    add(
      "zones-as-labels",
      `The plan's zones and subnets (${plan.zones.map((z) => `${z.label} ${z.cidr}`).join(", ")}) are host networks: pods get addresses from the CNI, so zones become namespaces and NetworkPolicies between pods, and subnets only appear as egress ranges to machines outside the cluster. Place nodes in the subnets with your provisioning (labels, node pools).`,
    );
  }
  if (
    plan.edges.some(
      (e) => e.latencyMs !== undefined || (e.linkClass !== "same-zone" && e.linkClass !== "same-node"),
    )
  ) {
    add(
      "link-latency",
      "Edge link classes and latencies (e.g. api → postgres ≤ 10 ms) are physical-network properties: they are checked by the planner (report/capacity-report.md), not enforceable in manifests.",
    );
  }
  if (plan.scenarios.length > 0) {
    add(
      "scenarios-not-exported",
      `The plan's ${plan.scenarios.length} scenario(s) (${plan.scenarios.map((s) => s.name).join(", ")}) are compared in report/capacity-report.md but not deployed: the manifests deploy the plan's current nodes. Apply a scenario in the editor to export it.`,
    );
  }
  add(
    "slo-recovery",
    `RTO ${plan.slos.rtoHours} h and RPO ${plan.slos.rpoMinutes} min (§5) are procedures: the bundle alerts when WAL archiving falls behind the RPO and sizes the backups claim, but schedules no backup jobs.`,
  );
  const c = plan.constraints;
  const limits = [
    c.maxMonthlyUsd !== undefined && `budget ≤ ${c.maxMonthlyUsd} USD/month`,
    c.capexCapUsd !== undefined && `CAPEX ≤ ${c.capexCapUsd} USD`,
    c.maxPowerW !== undefined && `power ≤ ${c.maxPowerW} W`,
    c.maxRackUnits !== undefined && `≤ ${c.maxRackUnits} rack units`,
    c.dataOnPremises && "data on premises",
  ].filter(Boolean);
  if (limits.length) {
    add(
      "planning-constraints",
      `Planning constraints (${limits.join(", ")}) are checked by the planner's findings, not by the cluster.`,
    );
  }
  if (externals.some((e) => e.reason === "cloud-provider") && plan.constraints.dataOnPremises) {
    add(
      "data-leaves-premises",
      "The plan requires data on premises but sends traffic to a cloud API: the bundle opens that egress as planned — remove the cloud node or the constraint.",
    );
  }
  if (flows.length === 0 && plan.edges.length > 0) {
    add(
      "no-allowed-flows",
      "None of the plan's edges is an allowed flow: every pod is isolated by the default-deny policies.",
    );
  }
  return out;
}
