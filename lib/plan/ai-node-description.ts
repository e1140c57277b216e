import { getCloudModel, getHardware, getModel, getProduct } from "../catalog";
import type { PlanNode } from "./node-schema";
import { frameworkName, precisionName } from "./serving-stack";

/** A catalog entry's name, a custom entry's own name, or the id itself when the catalog does not know it. */
const nameOf = (value: string | { name: string }, lookup: (id: string) => { name: string } | undefined) =>
  typeof value === "string" ? (lookup(value)?.name ?? value) : value.name;

/** A product's name without its parenthesised detail ("2 × H100 NVL 94 GB server", not the reference note). */
const productName = (id: string) => (getProduct(id)?.name ?? id).replace(/ \(.*\)$/, "");

/** One AI node's description as a message form and its params (names and counts only, never ids or settings). */
export type AiNodeDescription =
  | { form: "cloud"; values: Record<string, string> }
  | { form: "selfHosted"; values: Record<string, string | number> };

/**
 * The words of one AI node's description as a form and params — names people read (models, precisions,
 * frameworks, accelerators and servers from the catalog, never their ids) and counts — so each language can word
 * it (messages/<locale>/advisor.json `describe.<form>`); describeAiNodes is the English.
 */
export function aiNodeDescriptionParams(n: PlanNode): AiNodeDescription {
  if (n.cloud)
    return {
      form: "cloud",
      values: {
        model: nameOf(n.cloud.model, getCloudModel),
        purpose: n.cloud.purpose,
        fallback: n.cloud.role === "fallback" ? "yes" : "no",
      },
    };
  const s = n.serving!;
  return {
    form: "selfHosted",
    values: {
      model: nameOf(s.model, getModel),
      precision: precisionName(s.precision),
      framework: frameworkName(s.framework),
      replicas: n.replicas,
      devices: s.devices,
      hardware: nameOf(s.hardware, getHardware),
      hasProduct: s.product ? "yes" : "no",
      product: s.product ? productName(s.product) : "",
    },
  };
}

/**
 * A short description of a set of AI nodes, in names, e.g. "Llama 3.3 70B FP8 on vLLM · 2 instances × 2 NVIDIA
 * H100 NVL 94GB (2 × H100 NVL 94 GB server) + text-embedding-3-large · embeddings API". The English of
 * messages/en/advisor.json `describe.*`, written out so the engine needs no message catalog.
 */
export function describeAiNodes(nodes: PlanNode[]): string {
  return nodes
    .map((n) => {
      const d = aiNodeDescriptionParams(n);
      if (d.form === "cloud") {
        const purpose = d.values.purpose === "llm" ? "LLM" : "embeddings";
        return `${d.values.model} · ${purpose} API${d.values.fallback === "yes" ? ", fallback" : ""}`;
      }
      const v = d.values;
      const instances = `${v.replicas} instance${v.replicas === 1 ? "" : "s"}`;
      const server = v.hasProduct === "yes" ? ` (${v.product})` : "";
      return `${v.model} ${v.precision} on ${v.framework} · ${instances} × ${v.devices} ${v.hardware}${server}`;
    })
    .join(" + ");
}
