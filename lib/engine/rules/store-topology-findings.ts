import { COMPONENTS } from "../../catalog/components";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Finding } from "../report-schema";
import { finding, nodeTarget } from "./finding";
import {
  fmt,
  storeTopologies,
  type SingleWriterTopology,
  type StoreTopology,
  type TopologyInputs,
} from "./store-topology";

/** What the stores' topologies (store-topology.ts) mean for the plan: findings, one rule per kind of store. */

function singleWriterFindings(
  t: SingleWriterTopology,
  plan: PlanDocument,
  inputs: TopologyInputs,
): Finding[] {
  const out: Finding[] = [];
  const production = plan.metadata.environment === "production";
  const name = COMPONENTS[t.kind].name;
  if (t.plannedReplicas > 1) {
    const c = inputs.components.find((x) => x.nodeId === t.nodeId);
    const spare = t.plannedReplicas - 1;
    const idle = c
      ? ` (${fmt(c.cpuCores * spare)} cores, ${fmt(c.memoryGb * spare, 0)} GB RAM, ${fmt(c.storageGb * spare, 0)} GB of the plan's sizing)`
      : "";
    out.push(
      finding(
        "store-cannot-replicate",
        production ? "warning" : "info",
        nodeTarget(t.nodeId),
        `${t.label}: ${name}'s open-source server does not replicate; the bundle runs 1 server, so the other ${spare} replica(s)${idle} add no availability`,
        `Count ${name} as one server (keep the spare capacity only as a standby to rebuild into), or move this data to a store that replicates.`,
        {
          label: t.label,
          component: name,
          spare,
          sized: c ? "yes" : "no",
          cores: c ? Math.round(c.cpuCores * spare * 10) / 10 : 0,
          ram: c ? Math.round(c.memoryGb * spare) : 0,
          storage: c ? Math.round(c.storageGb * spare) : 0,
        },
      ),
    );
  }
  if (production && t.rebuildHours !== null && t.rebuildHours > plan.slos.rtoHours) {
    out.push(
      finding(
        "store-rebuild-exceeds-rto",
        "warning",
        nodeTarget(t.nodeId),
        `${t.label}: rebuilding the vector index after losing its server re-embeds ${fmt(inputs.initialIngestionTokens / 1e6, 0)} M tokens, ~${fmt(t.rebuildHours)} h at the embedding servers' capacity — beyond the ${plan.slos.rtoHours} h RTO`,
        "Add embedding capacity for rebuilds, keep restorable volume snapshots of the index, or relax the RTO.",
        {
          label: t.label,
          mTokens: Math.round(inputs.initialIngestionTokens / 1e6),
          hours: Math.round(t.rebuildHours * 10) / 10,
          rtoHours: plan.slos.rtoHours,
        },
      ),
    );
  }
  return out;
}

function storeFindings(t: StoreTopology, plan: PlanDocument, inputs: TopologyInputs): Finding[] {
  const production = plan.metadata.environment === "production";
  if (t.kind === "chroma" || t.kind === "meili") return singleWriterFindings(t, plan, inputs);
  if (t.kind === "postgres" && !t.backupTarget) {
    return [
      finding(
        "postgres-backup-target",
        production ? "warning" : "info",
        nodeTarget(t.nodeId),
        `${t.label}: the plan has no object store for PostgreSQL's WAL archive and base backups`,
        "Add an S3 / MinIO node (the bundle archives to it), or fill the external S3 endpoint in the bundle's ObjectStore.",
      ),
    ];
  }
  if (t.kind === "s3" && t.servers > 1 && t.setSize === null) {
    return [
      finding(
        "minio-erasure-layout",
        "error",
        nodeTarget(t.nodeId),
        `${t.label}: MinIO cannot split ${t.servers} servers into erasure sets of 2–16 drives spread evenly over the servers`,
        "Use a server count with a divisor between 4 and 16 (e.g. 4, 8, 12 or 16).",
      ),
    ];
  }
  if (t.kind === "s3" && production && t.servers > 1 && t.serverLossesTolerated === 0) {
    return [
      finding(
        "minio-no-server-tolerance",
        "warning",
        nodeTarget(t.nodeId),
        `${t.label}: with ${t.servers} servers, losing one stops MinIO from accepting writes (write quorum ${t.setSize! - t.parity}+ of ${t.setSize} drives)`,
        "Run at least 4 MinIO servers.",
      ),
    ];
  }
  return [];
}

/** Findings about the stores' topology: what cannot replicate, rebuilds beyond the RTO, backups, erasure sets. */
export function storeTopologyFindings(plan: PlanDocument, inputs: TopologyInputs): Finding[] {
  return storeTopologies(plan, inputs).flatMap((t) => storeFindings(t, plan, inputs));
}
