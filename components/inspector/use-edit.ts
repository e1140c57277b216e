"use client";

import { useLocale } from "next-intl";
import { useCallback } from "react";
import type { z } from "zod";
import {
  edgeSchema,
  nodeSchema,
  zoneSchema,
  type PlanEdge,
  type PlanNode,
  type PlanZone,
} from "@/lib/plan/node-schema";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { useEditorApi } from "@/lib/editor/editor-context";
import type { Section } from "@/lib/editor/delta";
import { updateEdge, updateNode, updateZone } from "@/lib/editor/ops/edit";
import { notice } from "@/lib/editor/notices";
import { elementError } from "@/lib/editor/validation";
import { fieldPathLabel } from "@/lib/plan/diff-names";
import type { Locale } from "@/lib/i18n/locale";

/**
 * Field edits from the inspector: the whole element is validated with its zod schema (cross-field rules included),
 * and only a valid element is committed — one undo step per field, merged while the user keeps typing in it.
 */
export type EditFn<T> = (field: string, update: (current: T) => T) => string | null;

interface Collection<T> {
  kind: "node" | "edge" | "zone";
  schema: z.ZodType;
  find(doc: PlanDocument, id: string): T | undefined;
  write(doc: PlanDocument, id: string, next: T): PlanDocument;
}

const NODES: Collection<PlanNode> = {
  kind: "node",
  schema: nodeSchema,
  find: (doc, id) => doc.nodes.find((n) => n.id === id),
  write: (doc, id, next) => updateNode(doc, id, () => next),
};
const EDGES: Collection<PlanEdge> = {
  kind: "edge",
  schema: edgeSchema,
  find: (doc, id) => doc.edges.find((e) => e.id === id),
  write: (doc, id, next) => updateEdge(doc, id, () => next),
};
const ZONES: Collection<PlanZone> = {
  kind: "zone",
  schema: zoneSchema,
  find: (doc, id) => doc.zones.find((z) => z.id === id),
  write: (doc, id, next) => updateZone(doc, id, () => next),
};

/** The undo label of an edit of `field`: its name in the reader's language, never the document path. */
const editLabel = (scope: Parameters<typeof fieldPathLabel>[0], field: string, locale: Locale) =>
  notice("editLabel", { field: fieldPathLabel(scope, field, locale) });

function useElementEditor<T>(collection: Collection<T>, id: string): EditFn<T> {
  const store = useEditorApi();
  const locale = useLocale() as Locale;
  return useCallback(
    (field, update) => {
      const state = store.getState();
      const current = collection.find(state.doc, id);
      if (current === undefined) return null;
      const next = update(current);
      if (next === current) return null;
      const error = elementError(collection.schema, next, field.split("."));
      if (error) return error;
      state.commit(collection.write(state.doc, id, next), {
        label: editLabel(`${collection.kind}s`, field, locale),
        mergeKey: `${collection.kind}:${id}:${field}`,
      });
      return null;
    },
    [store, collection, id, locale],
  );
}

export const useNodeEditor = (id: string) => useElementEditor(NODES, id);
export const useEdgeEditor = (id: string) => useElementEditor(EDGES, id);
export const useZoneEditor = (id: string) => useElementEditor(ZONES, id);

/** Edits one top-level section (metadata, workload, slos, costs, constraints), validated with its schema. */
export function useSectionEditor<K extends Section>(key: K, schema: z.ZodType): EditFn<PlanDocument[K]> {
  const store = useEditorApi();
  const locale = useLocale() as Locale;
  return useCallback(
    (field, update) => {
      const state = store.getState();
      const current = state.doc[key];
      const next = update(current);
      if (next === current) return null;
      const error = elementError(schema, next, field.split("."));
      if (error) return error;
      state.commit(
        { ...state.doc, [key]: next },
        { label: editLabel(key, field, locale), mergeKey: `${key}:${field}` },
      );
      return null;
    },
    [store, key, schema, locale],
  );
}

/** `obj` with `key` set, or removed when `value` is undefined (optional fields stay absent, not `undefined`). */
export function withOptional<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
