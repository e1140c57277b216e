import { COMPONENTS, type ComponentKind } from "../catalog/components";
import { SPEC_TIERS, type TierId } from "../catalog/spec-tiers";
import { recommendedSize } from "../engine/platform/sizing";
import type { Environment } from "../engine/policy";
import { COMPONENT_STORE, storageAt, withStorageMargin } from "../engine/platform/storage";
import type { Workload } from "../plan/workload-schema";
import type { NodeDraft } from "./build";

/** Rounds up to two significant figures (3,372 → 3,400; 67.3 → 68) — volumes are provisioned in round sizes. */
export function roundUpNice(x: number): number {
  if (x <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / step - 1e-9) * step;
}

/**
 * A template's platform component, sized by the engine: replicas, cores and memory from the sizing model (the spec's
 * tier tables at their user counts, interpolated between), volumes at least the tier's and enough for the storage
 * model's need at the end of the horizon with its safety margin (the spec's "2 TB+" read as a floor).
 */
export function platformDraft(
  kind: ComponentKind,
  tier: TierId,
  workload: Workload,
  environment: Environment,
): NodeDraft | null {
  const row = SPEC_TIERS[tier].rows[kind];
  if (!row) return null;
  const rec = recommendedSize(kind, workload.users, environment);
  if (!rec) return null;
  let storage = rec.storageGb;
  const store = COMPONENT_STORE[kind];
  if (store) {
    const need = withStorageMargin(storageAt({ workload }, workload.horizonMonths).byStore[store]);
    const perReplicaNeed = kind === "s3" ? need / rec.replicas : need;
    storage = Math.max(storage, roundUpNice(perReplicaNeed));
  }
  const draft: NodeDraft = {
    id: kind,
    kind,
    replicas: rec.replicas,
    resources: { cpuCores: rec.cpuCores, memoryGb: rec.memoryGb, storageGb: storage },
  };
  if (row.autoscale) {
    draft.autoscale = {
      minReplicas: row.replicas[0],
      maxReplicas: Math.max(row.replicas[1], rec.replicas),
      targetCpuPct: 70,
    };
    draft.replicas = Math.min(Math.max(rec.replicas, row.replicas[0]), draft.autoscale.maxReplicas);
  }
  if (rec.gpusPerReplica > 0 && !COMPONENTS[kind].serving)
    draft.gpu = { hardware: "l4", perReplica: rec.gpusPerReplica };
  if (row.note) draft.notes = row.note;
  return draft;
}
