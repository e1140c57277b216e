import { COMPONENTS } from "../../catalog/components";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ComponentReport } from "../report-schema";
import { recommendedSize } from "./sizing";

/**
 * Platform components (everything but serving nodes): what the design gives each (its resource overrides, else the
 * recommendation) next to what the sizing model recommends for the plan's users and environment.
 */
export function componentReports(plan: PlanDocument): ComponentReport[] {
  const out: ComponentReport[] = [];
  for (const node of plan.nodes) {
    if (COMPONENTS[node.kind].serving) continue;
    const rec = recommendedSize(node.kind, plan.workload.users, plan.metadata.environment);
    if (!rec) continue;
    const cpu = node.resources?.cpuCores ?? rec.cpuCores;
    const mem = node.resources?.memoryGb ?? rec.memoryGb;
    const sto = node.resources?.storageGb ?? rec.storageGb;
    const gpus = node.gpu?.perReplica ?? 0;
    out.push({
      nodeId: node.id,
      kind: node.kind,
      label: node.label,
      replicas: node.replicas,
      cpuCores: cpu,
      memoryGb: mem,
      storageGb: sto,
      gpus,
      recommended: {
        replicas: rec.replicas,
        cpuCores: rec.cpuCores,
        memoryGb: rec.memoryGb,
        storageGb: rec.storageGb,
      },
      totalCpuCores: cpu * node.replicas,
      totalMemoryGb: mem * node.replicas,
      totalStorageGb: sto * node.replicas,
    });
  }
  return out;
}
