import { getProduct } from "../../catalog";
import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import type { FindingPatch } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { notice, type Text } from "../notices";
import { placeWithoutOverlap } from "../placement-doc";
import { addComponent } from "./add";
import { updateNode } from "./edit";
import { applyProduct } from "./serving";

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
  if (patch.op === "set-product") return setProduct(doc, patch.nodeId, patch.product);
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

/** A serving node's server chosen again (applyProduct: accelerator, devices per server, memory, compatible stack). */
function setProduct(doc: PlanDocument, nodeId: string, productId: string): FixResult {
  const node = doc.nodes.find((n) => n.id === nodeId);
  const product = getProduct(productId);
  if (!node?.serving) return { ok: false, message: notice("fixGone") };
  if (!product) return { ok: false, message: notice("fixUnknownProduct", { product: productId }) };
  const purpose = node.kind === "embeddings" ? "embeddings" : "llm";
  const applied = applyProduct(node.serving, product, purpose);
  if (!applied.ok) return { ok: false, message: applied.reason };
  const next = updateNode(doc, node.id, (n) => ({ ...n, serving: applied.serving }));
  return {
    ok: true,
    doc: next,
    label: notice("fixProduct", { component: node.label, product: product.name }),
  };
}
