"use client";

import { useId, useMemo, useState } from "react";
import { MODEL_LIST, PRODUCT_LIST, type Model, type Product } from "@/lib/catalog";
import { COMPONENTS } from "@/lib/catalog/components";
import { addComponentCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { notice } from "@/lib/editor/notices";
import { updateNode } from "@/lib/editor/ops/edit";
import { applyModel, applyProduct, kindForModel } from "@/lib/editor/ops/serving";
import type { EditorStoreApi } from "@/lib/editor/store";
import styles from "./palette.module.css";

const MAX_RESULTS = 6;

function matches(query: string, ...fields: string[]): boolean {
  const hay = fields.join(" ").toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** Products with an accelerator (a CPU server cannot serve a model). */
const SERVING_PRODUCTS = PRODUCT_LIST.filter((p) => p.hardwareId && p.devices > 0);

/** The selected serving node, if exactly one node is selected and it serves a model. */
function useServingTarget() {
  return useEditor((s) => {
    if (s.selection.nodes.length !== 1 || s.selection.edges.length + s.selection.zones.length > 0)
      return null;
    const node = s.doc.nodes.find((n) => n.id === s.selection.nodes[0]);
    return node?.serving && (node.kind === "llm" || node.kind === "embeddings") ? node : null;
  });
}

function applyToSelected(
  store: EditorStoreApi,
  nodeId: string,
  choice: { product?: Product; model?: Model },
) {
  const state = store.getState();
  const node = state.doc.nodes.find((n) => n.id === nodeId);
  if (!node?.serving || (node.kind !== "llm" && node.kind !== "embeddings")) return;
  const result = choice.product
    ? applyProduct(node.serving, choice.product, node.kind)
    : applyModel(node.serving, choice.model!, node.kind);
  if (!result.ok) {
    state.announce({ tone: "error", text: result.message });
    return;
  }
  const done = state.commit(
    updateNode(state.doc, nodeId, (n) => ({ ...n, serving: result.serving })),
    { label: notice("useLabel", { choice: (choice.product?.name ?? choice.model?.name)! }) },
  );
  if (!done) return;
  state.announce({
    tone: "success",
    text: notice("nowUses", { component: node.label, choice: (choice.product?.name ?? choice.model?.name)! }),
  });
}

/** Adds a serving node already using the chosen product or model: one undo step, one message. */
function addWith(store: EditorStoreApi, choice: { product?: Product; model?: Model }) {
  const kind = choice.model ? kindForModel(choice.model.id) : "llm";
  let problem: string | null = null;
  addComponentCommand(store, kind, undefined, (node) => {
    if (!node.serving) return node;
    const result = choice.product
      ? applyProduct(node.serving, choice.product, kind)
      : applyModel(node.serving, choice.model!, kind);
    if (result.ok) return { ...node, serving: result.serving };
    problem = result.message;
    return node;
  });
  if (problem) store.getState().announce({ tone: "error", text: problem });
}

/**
 * Search over the catalog's servers/Macs and models. Choosing one applies it to the selected LLM or embedding node,
 * or — with none selected — adds a new serving node with it.
 */
export function CatalogSearch() {
  const store = useEditorApi();
  const target = useServingTarget();
  const [query, setQuery] = useState("");
  const inputId = useId();
  const results = useMemo(() => {
    if (!query.trim()) return { products: [], models: [] };
    return {
      products: SERVING_PRODUCTS.filter((p) => matches(query, p.name, p.id, p.hardwareId ?? "")).slice(
        0,
        MAX_RESULTS,
      ),
      models: MODEL_LIST.filter((m) => matches(query, m.name, m.id, m.family)).slice(0, MAX_RESULTS),
    };
  }, [query]);
  const none = query.trim() !== "" && results.products.length + results.models.length === 0;
  const verb = (name: string, isModel: boolean, modelKind?: "llm" | "embeddings") =>
    target
      ? `Apply ${name} to ${target.label}`
      : `Add ${COMPONENTS[isModel ? (modelKind ?? "llm") : "llm"].name} with ${name}`;

  return (
    <section className={styles.search} aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className={styles.heading}>
        Hardware &amp; models
      </h2>
      <label htmlFor={inputId} className={styles.searchLabel}>
        Search hardware and models
      </label>
      <input
        id={inputId}
        type="search"
        className={styles.searchInput}
        placeholder="H100, Mac Studio, Llama 70B…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${inputId}-hint`}
      />
      <p id={`${inputId}-hint`} className={styles.hint}>
        {target
          ? `Choosing applies to “${target.label}”.`
          : "Select an LLM or embedding node to apply; otherwise a new one is added."}
      </p>
      {none && <p className={styles.hint}>Nothing matches “{query}”.</p>}
      {results.products.length > 0 && (
        <ul className={styles.results} aria-label="Matching hardware">
          {results.products.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={styles.result}
                aria-label={verb(p.name, false)}
                onClick={() =>
                  target ? applyToSelected(store, target.id, { product: p }) : addWith(store, { product: p })
                }
              >
                <span className={styles.itemName}>{p.name}</span>
                <span className={styles.itemMeta}>
                  {p.devices} × {p.hardwareId} · ${p.price.usd.toLocaleString("en-US")} ({p.price.asOf})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {results.models.length > 0 && (
        <ul className={styles.results} aria-label="Matching models">
          {results.models.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className={styles.result}
                aria-label={verb(m.name, true, kindForModel(m.id))}
                onClick={() =>
                  target ? applyToSelected(store, target.id, { model: m }) : addWith(store, { model: m })
                }
              >
                <span className={styles.itemName}>{m.name}</span>
                <span className={styles.itemMeta}>
                  {m.kind === "embedding" ? "embeddings" : "LLM"} · {m.totalParamsB} B params
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
