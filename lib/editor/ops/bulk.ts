import { getProduct } from "../../catalog";
import type { ComponentKind } from "../../catalog/components";
import { nodeSchema, type PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { StackChange } from "../../plan/serving-stack";
import { notice, textIn, type Text } from "../notices";
import { elementError } from "../validation";
import { setNodeZone, updateNode } from "./edit";
import { applyProduct } from "./serving";

/**
 * Bulk edit of a multi-selection: the fields every selected node has (replicas, zone) and, when they are all the
 * same kind of serving node, the product. One call → one document → one undo step; every node is validated with
 * the node schema (the field registry's ranges), and the first invalid one refuses the whole edit.
 */

/** A field's shared value across the selection, or "mixed" when the nodes disagree. */
export type Shared<T> = { value: T } | "mixed";

export interface BulkFields {
  nodeIds: string[];
  replicas: Shared<number>;
  zoneId: Shared<string | null>;
  /** Present only when every node is the same serving kind (llm or embeddings): a product fits them all. */
  product?: { kind: ComponentKind; shared: Shared<string | null> };
}

export type BulkChange =
  | { field: "replicas"; replicas: number }
  | { field: "zoneId"; zoneId: string | null }
  | { field: "product"; productId: string };

export type BulkResult =
  | { ok: true; doc: PlanDocument; label: Text; changes: { node: string; stack: StackChange[] }[] }
  | { ok: false; reason: Text; message: string };

function shared<T>(values: T[]): Shared<T> {
  return values.every((v) => v === values[0]) ? { value: values[0]! } : "mixed";
}

const isServing = (n: PlanNode) => (n.kind === "llm" || n.kind === "embeddings") && Boolean(n.serving);

/** The fields a bulk edit offers for `nodeIds` (null below two nodes: one node has its own inspector). */
export function bulkFields(doc: Pick<PlanDocument, "nodes">, nodeIds: readonly string[]): BulkFields | null {
  const wanted = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => wanted.has(n.id));
  if (nodes.length < 2) return null;
  const kinds = new Set(nodes.map((n) => n.kind));
  const sameServingKind = kinds.size === 1 && nodes.every(isServing);
  return {
    nodeIds: nodes.map((n) => n.id),
    replicas: shared(nodes.map((n) => n.replicas)),
    zoneId: shared(nodes.map((n) => n.zoneId)),
    ...(sameServingKind
      ? { product: { kind: nodes[0]!.kind, shared: shared(nodes.map((n) => n.serving!.product ?? null)) } }
      : {}),
  };
}

/** `node` with the change applied (zone moves are done on the document: they take a free slot). */
function changed(
  node: PlanNode,
  change: BulkChange,
): { ok: true; node: PlanNode; stack: StackChange[] } | { ok: false; reason: Text } {
  if (change.field === "replicas")
    return { ok: true, node: { ...node, replicas: change.replicas }, stack: [] };
  if (change.field !== "product" || !node.serving) return { ok: true, node, stack: [] };
  const product = getProduct(change.productId);
  if (!product) return { ok: false, reason: notice("bulkUnknownProduct") };
  const result = applyProduct(node.serving, product, node.kind === "embeddings" ? "embeddings" : "llm");
  if (!result.ok) return { ok: false, reason: result.reason };
  return { ok: true, node: { ...node, serving: result.serving }, stack: result.changes };
}

const FIELD_PATH: Record<BulkChange["field"], string[]> = {
  replicas: ["replicas"],
  zoneId: ["zoneId"],
  product: ["serving", "product"],
};

/** A refusal as a notice, with its English text (tests, logs). */
const refusal = (reason: Text) => ({ ok: false as const, reason, message: textIn(reason, "en") });

/** Applies one change to every node of `nodeIds` as one new document, or says which node refuses it and why. */
export function bulkEdit(doc: PlanDocument, nodeIds: readonly string[], change: BulkChange): BulkResult {
  let next = doc;
  const changes: { node: string; stack: StackChange[] }[] = [];
  for (const id of nodeIds) {
    const node = next.nodes.find((n) => n.id === id);
    if (!node) continue;
    if (change.field === "zoneId") {
      next = setNodeZone(next, id, change.zoneId);
      continue;
    }
    const result = changed(node, change);
    if (!result.ok) return refusal(notice("bulkRefused", { component: node.label, reason: result.reason }));
    const error = elementError(nodeSchema, result.node, FIELD_PATH[change.field]);
    if (error)
      return refusal(notice("bulkFieldRefused", { component: node.label, field: change.field, error }));
    next = updateNode(next, id, () => result.node);
    if (result.stack.length) changes.push({ node: node.label, stack: result.stack });
  }
  return {
    ok: true,
    doc: next,
    label: notice("bulkLabel", { field: change.field, count: nodeIds.length }),
    changes,
  };
}
