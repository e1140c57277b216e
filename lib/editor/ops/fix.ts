import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import type { FindingPatch } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { notice, type Text } from "../notices";
import { placeWithoutOverlap } from "../placement-doc";
import { addComponent } from "./add";
import { updateNode } from "./edit";

/** `label` and `message` are notices (rendered in the reader's language by the toasts). */
export type FixResult = { ok: true; doc: PlanDocument; label: Text } | { ok: false; message: Text };

/**
 * A finding's machine-applicable fix (report-schema `patch`) applied to the plan: one edit, undoable like any other.
 * Replicas are raised (an autoscaled node's minimum too, so the count holds); a missing component is added to its
 * default zone, on free space.
 */
export function applyFindingPatch(doc: PlanDocument, patch: FindingPatch): FixResult {
  if (patch.op === "set-replicas") {
    const node = doc.nodes.find((n) => n.id === patch.nodeId);
    if (!node) return { ok: false, message: notice("fixGone") };
    const next = updateNode(doc, node.id, (n) => ({
      ...n,
      replicas: patch.replicas,
      ...(n.autoscale
        ? {
            autoscale: {
              ...n.autoscale,
              minReplicas: Math.max(n.autoscale.minReplicas, patch.replicas),
              maxReplicas: Math.max(n.autoscale.maxReplicas, patch.replicas),
            },
          }
        : {}),
    }));
    const label = notice("fixReplicas", {
      component: node.label,
      replicas: patch.replicas,
      was: node.replicas,
    });
    return { ok: true, doc: next, label };
  }
  if (!(patch.kind in COMPONENTS))
    return { ok: false, message: notice("fixUnknownKind", { kind: patch.kind }) };
  const kind = patch.kind as ComponentKind;
  const added = addComponent(doc, kind);
  return {
    ok: true,
    doc: placeWithoutOverlap(doc, added.doc),
    label: notice("fixAdd", { component: COMPONENTS[kind].name }),
  };
}
