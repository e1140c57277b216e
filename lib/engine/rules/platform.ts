import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { minReplicas } from "../policy";
import { COMPONENT_STORE, STORAGE_CONSTANTS, withStorageMargin } from "../platform/storage";
import type { ComponentReport, Finding, Report } from "../report-schema";
import { finding, nodeTarget, planTarget } from "./finding";
import { formatGb, formatNumber } from "../../format";

/** Minimum Kubernetes minor version of the platform (docs/reference-platform.md §7). */
export const MIN_KUBERNETES_MINOR = 31;

const CORE: ComponentKind[] = ["api", "frontend", "odin", "postgres", "chroma", "redis", "s3"];

/** Platform-level rules: Kubernetes version, missing pieces, HA in production, sizing, storage, backups, OCR GPUs. */
export function platformFindings(
  plan: PlanDocument,
  components: ComponentReport[],
  storage: Report["storage"],
): Finding[] {
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const ctx = { plan, storage };
  return [
    ...kubernetesFindings(plan),
    ...missingComponentFindings(plan),
    ...components.flatMap((c) => COMPONENT_RULES.flatMap((rule) => rule(c, nodeById.get(c.nodeId)!, ctx))),
    ...backupFindings(plan, storage),
  ];
}

/** The Kubernetes version against the platform's minimum (§7). */
function kubernetesFindings(plan: PlanDocument): Finding[] {
  const minor = Number(plan.metadata.kubernetesVersion.split(".")[1]);
  if (minor >= MIN_KUBERNETES_MINOR) return [];
  return [
    finding(
      "kubernetes-version",
      "error",
      planTarget,
      `Kubernetes ${plan.metadata.kubernetesVersion} is below the platform's minimum 1.${MIN_KUBERNETES_MINOR}`,
      "Target Kubernetes 1.31 or later (1.32+ or OpenShift 4.19+ recommended).",
      { version: plan.metadata.kubernetesVersion, minMinor: MIN_KUBERNETES_MINOR },
    ),
  ];
}

/** Core components a non-empty plan lacks; monitoring and a load balancer in production. */
function missingComponentFindings(plan: PlanDocument): Finding[] {
  if (plan.nodes.length === 0) return [];
  const env = plan.metadata.environment;
  const kinds = new Set(plan.nodes.map((n) => n.kind));
  const out = CORE.filter((k) => !kinds.has(k)).map((k) =>
    finding(
      "missing-component",
      env === "production" ? "warning" : "info",
      planTarget,
      `The plan has no ${COMPONENTS[k].name} (${COMPONENTS[k].role.toLowerCase()})`,
      `Add a ${COMPONENTS[k].name} node from the palette.`,
      { component: COMPONENTS[k].name, role: COMPONENTS[k].role.toLowerCase() },
      { op: "add-component", kind: k },
    ),
  );
  if (env !== "production") return out;
  if (!kinds.has("monitoring"))
    out.push(
      finding(
        "no-monitoring",
        "warning",
        planTarget,
        "A production plan without monitoring: the spec's alerts (API p95, error rate, PostgreSQL, LLM tokens/s…) have nowhere to run",
        "Add a Monitoring node (Prometheus + Grafana).",
        {},
        { op: "add-component", kind: "monitoring" },
      ),
    );
  if (!kinds.has("lb"))
    out.push(
      finding(
        "no-load-balancer",
        "warning",
        planTarget,
        "A production plan without a load balancer: TLS termination and the DMZ entry point are missing",
        "Add a Load balancer node in the DMZ.",
        {},
      ),
    );
  return out;
}

type ComponentRule = (
  c: ComponentReport,
  node: PlanNode,
  ctx: { plan: PlanDocument; storage: Report["storage"] },
) => Finding[];

/** Fewer replicas than the environment's HA floor (lib/engine/policy): an error for stateless services or one replica. */
const haFindings: ComponentRule = (c, node, { plan }) => {
  const min = minReplicas(node.kind, plan.metadata.environment);
  if (c.replicas >= min) return [];
  const spec = COMPONENTS[node.kind];
  const stateless = !spec.stateful;
  const single = c.replicas === 1;
  return [
    finding(
      single ? "single-point-of-failure" : "missing-ha",
      stateless || single ? "error" : "warning",
      nodeTarget(node.id),
      `${node.label} runs ${c.replicas} replica${c.replicas > 1 ? "s" : ""} in production; ${stateless ? "stateless services need at least 2" : `a ${spec.name} needs a primary and replicas (${min})`}`,
      `Set replicas to ${min}${spec.stateful ? " (primary + replicas)" : ""}.`,
      {
        scope: "component",
        label: node.label,
        replicas: c.replicas,
        min,
        component: spec.name,
        state: stateless ? "stateless" : "stateful",
      },
    ),
  ];
};

/** Fewer cores or less memory in total than the sizing model recommends for the plan's users. */
const sizingFindings: ComponentRule = (c, node, { plan }) => {
  const rec = c.recommended;
  const short: string[] = [];
  if (c.cpuCores * c.replicas < rec.cpuCores * rec.replicas - 1e-9)
    short.push(
      `${formatNumber(c.cpuCores * c.replicas, 2)} of ${formatNumber(rec.cpuCores * rec.replicas, 2)} cores`,
    );
  const ramShort = c.memoryGb * c.replicas < rec.memoryGb * rec.replicas - 1e-9;
  if (ramShort)
    short.push(
      `${formatNumber(c.memoryGb * c.replicas, 2)} of ${formatNumber(rec.memoryGb * rec.replicas, 2)} GB RAM`,
    );
  if (!short.length) return [];
  return [
    finding(
      "under-provisioned",
      "warning",
      nodeTarget(node.id),
      `${node.label} has ${short.join(" and ")} the sizing model recommends for ${formatNumber(plan.workload.users, 2)} users`,
      `Use ${formatNumber(rec.replicas, 2)} × ${formatNumber(rec.cpuCores, 2)} cores / ${formatNumber(rec.memoryGb, 2)} GB.`,
      {
        label: node.label,
        shortOf: short.length === 2 ? "both" : ramShort ? "ram" : "cores",
        haveCores: c.cpuCores * c.replicas,
        needCores: rec.cpuCores * rec.replicas,
        haveRam: c.memoryGb * c.replicas,
        needRam: rec.memoryGb * rec.replicas,
        users: plan.workload.users,
        replicas: rec.replicas,
        cores: rec.cpuCores,
        ram: rec.memoryGb,
      },
    ),
  ];
};

/** A store's volume against its data with the safety margin, month by month: the first month it runs out. */
const storageFindings: ComponentRule = (c, node, { plan, storage }) => {
  const store = COMPONENT_STORE[node.kind];
  if (!store) return [];
  const provisioned = node.kind === "s3" ? c.storageGb * c.replicas : c.storageGb;
  const needFor = (m: (typeof storage.months)[number]) => withStorageMargin(m.byStore[store]);
  const firstShort = storage.months.find((m) => needFor(m) > provisioned);
  if (!firstShort) return [];
  const last = storage.months[storage.months.length - 1]!;
  return [
    finding(
      "storage-exhausted",
      firstShort.month === 0 ? "error" : "warning",
      nodeTarget(node.id),
      `${node.label} provides ${formatGb(provisioned)} but its data needs ${formatGb(needFor(firstShort))} (with the ${STORAGE_CONSTANTS.marginPct}% margin) ${firstShort.month === 0 ? "today" : `from month ${firstShort.month}`}`,
      `Provision ${formatGb(needFor(last))}${node.kind === "s3" ? " in the cluster" : " per replica"} to last the ${plan.workload.horizonMonths}-month horizon.`,
      {
        label: node.label,
        provisionedGb: provisioned,
        needGb: needFor(firstShort),
        marginPct: STORAGE_CONSTANTS.marginPct,
        month: firstShort.month,
        lastNeedGb: needFor(last),
        scope: node.kind === "s3" ? "cluster" : "replica",
        horizonMonths: plan.workload.horizonMonths,
      },
    ),
  ];
};

/** The document worker without a GPU at enterprise scale (§2: 1 GPU per pod for OCR from 1,000 users). */
const ocrFindings: ComponentRule = (c, node, { plan }) => {
  if (node.kind !== "odin" || plan.workload.users < 1000 || c.gpus !== 0) return [];
  return [
    finding(
      "ocr-without-gpu",
      "warning",
      nodeTarget(node.id),
      `${node.label} has no GPU at ${formatNumber(plan.workload.users, 2)} users: the reference's enterprise tier gives Odin 1 GPU per pod for OCR`,
      "Add a GPU per replica (an NVIDIA T4 or better; L4 in the templates).",
      { label: node.label, users: plan.workload.users },
    ),
  ];
};

/** The rules every platform component goes through, in the order their findings are listed. */
const COMPONENT_RULES: ComponentRule[] = [haFindings, sizingFindings, storageFindings, ocrFindings];

/**
 * Backups against the SLOs: RPO needs PostgreSQL WAL archiving (sub-minute needs synchronous replicas); RTO is
 * checked by restoring the databases (PostgreSQL, vectors, search) over the backup link — object storage is
 * geo-replicated per the reference (§5), so it is not restored from backup.
 */
export function backupFindings(plan: PlanDocument, storage: Report["storage"]): Finding[] {
  const out: Finding[] = [];
  const pg = plan.nodes.find((n) => n.kind === "postgres");
  if (plan.slos.rpoMinutes < 1 && (pg?.replicas ?? 0) < 2) {
    out.push(
      finding(
        "rpo-not-met",
        "error",
        pg ? nodeTarget(pg.id) : planTarget,
        `An RPO of ${plan.slos.rpoMinutes} min needs synchronous PostgreSQL replication; WAL archiving alone ships segments every few minutes`,
        "Run PostgreSQL with at least 2 replicas, one synchronous, or relax the RPO to ≥ 1 minute.",
        { rpoMinutes: plan.slos.rpoMinutes },
      ),
    );
  }
  const last = storage.months[storage.months.length - 1];
  if (last) {
    const restoreGb = last.byStore.postgres + last.byStore.vectors + last.byStore.search;
    const hours = restoreGb / (plan.slos.backupBandwidthGbps / 8) / 3600;
    const shownHours = Math.round(hours * 10) / 10;
    if (hours > plan.slos.rtoHours) {
      out.push(
        finding(
          "rto-not-met",
          "error",
          planTarget,
          `Restoring ${formatGb(restoreGb)} of databases over a ${formatNumber(plan.slos.backupBandwidthGbps, 2)} Gbps backup link takes ${formatNumber(shownHours, 2)} h at month ${last.month}, beyond the ${formatNumber(plan.slos.rtoHours, 2)} h RTO`,
          `Restore over a faster network (backup bandwidth, now ${formatNumber(plan.slos.backupBandwidthGbps, 2)} Gbps), keep hot standby replicas at a second site, or relax the RTO.`,
          {
            restoreGb,
            bandwidthGbps: plan.slos.backupBandwidthGbps,
            hours: shownHours,
            month: last.month,
            rtoHours: plan.slos.rtoHours,
          },
        ),
      );
    }
  }
  return out;
}
