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

type Add = (code: string, message: string, subject?: string | null) => void;

function exposureWarnings({ plan, workloads, ingress }: Input, add: Add): void {
  const minor = Number(plan.metadata.kubernetesVersion.split(".")[1]);
  if (minor < MIN_KUBERNETES_MINOR)
    add(
      "kubernetes-version",
      `The plan targets Kubernetes ${plan.metadata.kubernetesVersion}; the reference platform needs ≥ 1.${MIN_KUBERNETES_MINOR} (§7) and the manifests are validated against the 1.${MIN_KUBERNETES_MINOR}+ API.`,
    );
  if (ingress) {
    add(
      "load-balancer-as-ingress",
      `${ingress.label}: the load balancer is the ingress controller add-on (§7: ingress-nginx, MetalLB without a hardware LB), not a workload of the bundle. Give it the plan's ${ingress.replicas} replica(s) of ${ingress.cpuCores} cores / ${ingress.memoryGi} GB. TLS terminates there (443; 80 redirects).`,
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
  if (workloads.some((w) => w.kind === "frontend" || w.kind === "api" || w.kind === "odin"))
    add(
      "platform-images",
      "The platform's own images (frontend, API, Odin) are vendor images the plan cannot name: set them in the `images:` list of each overlay's kustomization.yaml (placeholders registry.example.com/<prefix>/<component>:REPLACE-ME). They run as UID 10001 with a read-only root file system and a writable /tmp: if an image needs more, add an emptyDir for that path.",
    );
  add(
    "secret-templates",
    "Secrets are templates: every value is REPLACE-ME. Fill them (or replace kubernetes/base/secrets.yaml and the Secrets beside the CloudNativePG clusters with your secret manager: External Secrets, Sealed Secrets) before applying; never commit real values.",
  );
}

function storageWarnings({ workloads }: Input, add: Add): void {
  const local = workloads.flatMap((w) =>
    [w.storage, ...w.extraClaims]
      .filter((c) => c && (c.storageClass === "fast-ssd" || c.storageClass === "minio-drives"))
      .map((c) => `${w.replicas} × ${c!.sizeG} G ${c!.storageClass} for ${w.name}`),
  );
  if (local.length)
    add(
      "local-volumes",
      `fast-ssd (§7) and minio-drives are local disks without a provisioner (kubernetes.io/no-provisioner): create the local PersistentVolumes on the data nodes first (${local.join(", ")}), or run the local static provisioner.`,
    );
  add(
    "storage-provisioners",
    "The `standard` class uses Longhorn's CSI driver (driver.longhorn.io) as a stand-in for 'cloud block or equivalent' (§7): change its provisioner to your cluster's block CSI driver (or drop the entry if a `standard` class exists). The model volumes need ReadWriteMany from it (Longhorn, CephFS or NFS provide it).",
  );
  if (workloads.some((w) => w.kind === "s3"))
    add(
      "object-store-volumes",
      "MinIO's drives are local disks of their own class (minio-drives), not §7's s3-csi: s3-csi mounts buckets of another S3 service, and MinIO's erasure coding already is the redundancy. MinIO's upstream repository is no longer maintained (2026): mirror the pinned image, or replace MinIO with another S3 service and point the ObjectStore and the clients at it.",
    );
}

function storeWarnings({ workloads, plan }: Input, add: Add): void {
  const pg = workloads.find((w) => w.controller === "CloudNativePG");
  if (pg) {
    add(
      "kube-api-egress",
      `${pg.label}: CloudNativePG's instance manager (and PgBouncer's) talks to the Kubernetes API; a NetworkPolicy cannot name the API server, so HTTPS (443, 6443) is open to any address from those pods (${pg.name}-kube-api). Narrow it to your API server's addresses (kubectl get endpoints kubernetes).`,
      pg.nodeId,
    );
    add(
      "backup-bucket",
      `${pg.label}: create the bucket ${plan.metadata.namespacePrefix}-postgres-backups in the object store and an access key for it (the ObjectStore reads it from ${pg.name}-backup-s3) before applying; the first base backup runs as soon as the cluster is up.`,
      pg.nodeId,
    );
  }
  for (const w of workloads) {
    if (w.autoscale && w.controller === "StatefulSet")
      add(
        "stateful-autoscale",
        `${w.label}: the plan autoscales a stateful component; the HorizontalPodAutoscaler scales its StatefulSet, but new replicas start empty until replication or rebalancing fills them.`,
        w.nodeId,
      );
  }
}

function planningWarnings({ plan, report, externals, flows }: Input, add: Add): void {
  const servingByPurpose = new Map<string, number>();
  for (const s of report.serving) servingByPurpose.set(s.purpose, (servingByPurpose.get(s.purpose) ?? 0) + 1);
  for (const [purpose, count] of servingByPurpose)
    if (count > 1)
      add(
        "traffic-split",
        `${count} ${purpose} endpoints share the traffic (engine shares in *_TRAFFIC_SHARE settings of their clients); Kubernetes Services cannot weight traffic between them — the API (or an LLM gateway) must route by those shares.`,
      );
  if (plan.zones.length > 0)
    add(
      "zones-as-labels",
      `The plan's zones and subnets (${plan.zones.map((z) => `${z.label} ${z.cidr}`).join(", ")}) are host networks: pods get addresses from the CNI, so zones become namespaces and NetworkPolicies between pods, and subnets only appear as egress ranges to machines outside the cluster. Place nodes in the subnets with your provisioning (labels, node pools).`,
    );
  if (
    plan.edges.some(
      (e) => e.latencyMs !== undefined || (e.linkClass !== "same-zone" && e.linkClass !== "same-node"),
    )
  )
    add(
      "link-latency",
      "Edge link classes and latencies (e.g. api → postgres ≤ 10 ms) are physical-network properties: they are checked by the planner (report/capacity-report.md), not enforceable in manifests.",
    );
  if (plan.scenarios.length > 0)
    add(
      "scenarios-not-exported",
      `The plan's ${plan.scenarios.length} scenario(s) (${plan.scenarios.map((s) => s.name).join(", ")}) are compared in report/capacity-report.md but not deployed: the manifests deploy the plan's current nodes. Apply a scenario in the editor to export it.`,
    );
  add(
    "slo-recovery",
    `RTO ${plan.slos.rtoHours} h and RPO ${plan.slos.rpoMinutes} min (§5): PostgreSQL archives WAL continuously and takes a daily base backup, Meilisearch snapshots daily, and an alert fires when WAL archiving falls behind the RPO; ChromaDB is rebuilt from S3 + PostgreSQL, object storage geo-replication is outside the cluster. Restores are procedures: rehearse them.`,
  );
  const c = plan.constraints;
  const limits = [
    c.maxMonthlyUsd !== undefined && `budget ≤ ${c.maxMonthlyUsd} USD/month`,
    c.capexCapUsd !== undefined && `CAPEX ≤ ${c.capexCapUsd} USD`,
    c.maxPowerW !== undefined && `power ≤ ${c.maxPowerW} W`,
    c.maxRackUnits !== undefined && `≤ ${c.maxRackUnits} rack units`,
    c.dataOnPremises && "data on premises",
  ].filter(Boolean);
  if (limits.length)
    add(
      "planning-constraints",
      `Planning constraints (${limits.join(", ")}) are checked by the planner's findings, not by the cluster.`,
    );
  if (externals.some((e) => e.reason === "cloud-provider") && plan.constraints.dataOnPremises)
    add(
      "data-leaves-premises",
      "The plan requires data on premises but sends traffic to a cloud API: the bundle opens that egress as planned — remove the cloud node or the constraint.",
    );
  if (flows.length === 0 && plan.edges.length > 0)
    add(
      "no-allowed-flows",
      "None of the plan's edges is an allowed flow: every pod is isolated by the default-deny policies.",
    );
}

/**
 * Plan settings that no manifest can carry (planning inputs, physical network, routing between model servers) and
 * the placeholders and prerequisites a deployer must handle: each one is said once in the README, with what to do.
 */
export function planWarnings(input: Input): ExportWarning[] {
  const out: ExportWarning[] = [];
  const add: Add = (code, message, subject = null) => out.push({ code, subject, message });
  exposureWarnings(input, add);
  if (input.environment !== input.plan.metadata.environment)
    add(
      "environment-override",
      `The plan is written for ${input.plan.metadata.environment}; this bundle was evaluated and labelled for ${input.environment} (replicas stay those of the plan).`,
    );
  storageWarnings(input, add);
  storeWarnings(input, add);
  planningWarnings(input, add);
  return out;
}
