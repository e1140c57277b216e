"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { MODEL_LIST, PRODUCT_LIST, type Model, type Product } from "@/lib/catalog";
import { COMPONENTS } from "@/lib/catalog/components";
import { addComponentCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { notice, type Text } from "@/lib/editor/notices";
import { updateNode } from "@/lib/editor/ops/edit";
import { applyModel, applyProduct, kindForModel } from "@/lib/editor/ops/serving";
import type { EditorStoreApi } from "@/lib/editor/store";
import { formatMoney, type Locale } from "@/lib/format";
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
    state.announce({ tone: "error", text: result.reason });
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
  let problem: Text | null = null;
  addComponentCommand(store, kind, undefined, (node) => {
    if (!node.serving) return node;
    const result = choice.product
      ? applyProduct(node.serving, choice.product, kind)
      : applyModel(node.serving, choice.model!, kind);
    if (result.ok) return { ...node, serving: result.serving };
    problem = result.reason;
    return node;
  });
  if (problem) store.getState().announce({ tone: "error", text: problem });
}

type Choice = { product?: Product; model?: Model };
type Target = ReturnType<typeof useServingTarget>;

/** The products and models matching every word of the query (at most MAX_RESULTS of each). */
function useCatalogResults(query: string) {
  return useMemo(() => {
    if (!query.trim()) return { products: [], models: [] };
    return {
      products: SERVING_PRODUCTS.filter((p) => matches(query, p.name, p.id, p.hardwareId ?? "")).slice(
        0,
        MAX_RESULTS,
      ),
      models: MODEL_LIST.filter((m) => matches(query, m.name, m.id, m.family)).slice(0, MAX_RESULTS),
    };
  }, [query]);
}

/** The words of a result: what choosing it does (apply to the target, or add a node) and its details. */
function useResultWording(target: Target) {
  const t = useTranslations("palette.search");
  const locale = useLocale() as Locale;
  const money = useEditor((st) => st.doc.metadata);
  const verb = (name: string, isModel: boolean, modelKind?: "llm" | "embeddings") =>
    target
      ? t("apply", { name, target: target.label })
      : t("addWith", { kind: COMPONENTS[isModel ? (modelKind ?? "llm") : "llm"].name, name });
  const productMeta = (p: Product) =>
    t("productMeta", {
      devices: p.devices,
      hardware: p.hardwareId ?? "",
      price: formatMoney(p.price.usd, money, locale),
      asOf: p.price.asOf,
    });
  const modelMeta = (m: Model) => t("modelMeta", { kind: m.kind, params: m.totalParamsB });
  return { verb, productMeta, modelMeta };
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
  const results = useCatalogResults(query);
  const none = query.trim() !== "" && results.products.length + results.models.length === 0;
  const t = useTranslations("palette.search");
  const choose = (choice: Choice) =>
    target ? applyToSelected(store, target.id, choice) : addWith(store, choice);

  return (
    <section className={styles.search} aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className={styles.heading}>
        {t("heading")}
      </h2>
      <label htmlFor={inputId} className={styles.searchLabel}>
        {t("label")}
      </label>
      <input
        id={inputId}
        type="search"
        className={styles.searchInput}
        placeholder={t("placeholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${inputId}-hint`}
      />
      <p id={`${inputId}-hint`} className={styles.hint}>
        {target ? t("hintTarget", { target: target.label }) : t("hintNone")}
      </p>
      {none && <p className={styles.hint}>{t("noMatch", { query })}</p>}
      <ProductResults products={results.products} target={target} choose={choose} />
      <ModelResults models={results.models} target={target} choose={choose} />
    </section>
  );
}

interface ResultsProps {
  target: Target;
  choose: (choice: Choice) => void;
}

function ProductResults({ products, target, choose }: ResultsProps & { products: Product[] }) {
  const t = useTranslations("palette.search");
  const { verb, productMeta } = useResultWording(target);
  if (products.length === 0) return null;
  return (
    <ul className={styles.results} aria-label={t("hardware")}>
      {products.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className={styles.result}
            // The name holds the visible text: the action, then the details (WCAG 2.5.3, label in name).
            aria-label={t("resultLabel", { action: verb(p.name, false), details: productMeta(p) })}
            onClick={() => choose({ product: p })}
          >
            <span className={styles.itemName}>{p.name}</span>{" "}
            <span className={styles.itemMeta}>{productMeta(p)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ModelResults({ models, target, choose }: ResultsProps & { models: Model[] }) {
  const t = useTranslations("palette.search");
  const { verb, modelMeta } = useResultWording(target);
  if (models.length === 0) return null;
  return (
    <ul className={styles.results} aria-label={t("models")}>
      {models.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={styles.result}
            aria-label={t("resultLabel", {
              action: verb(m.name, true, kindForModel(m.id)),
              details: modelMeta(m),
            })}
            onClick={() => choose({ model: m })}
          >
            <span className={styles.itemName}>{m.name}</span>{" "}
            <span className={styles.itemMeta}>{modelMeta(m)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
