import { parseHfConfig } from "../../catalog";
import type { CustomModel } from "../../catalog/model-schema";
import type { Serving } from "../../plan/node-schema";
import { rederiveStack, type StackChange } from "../../plan/serving-stack";

/**
 * Bring your own model: a Hugging Face config.json (the file's text) turned into the serving node's custom model.
 * The parsing and its field-naming errors are lib/catalog/hf-config.ts's; this only adapts the result to the node.
 */
export type ByoModelResult =
  | { ok: true; serving: Serving; changes: StackChange[]; model: CustomModel; assumptions: string[] }
  | { ok: false; message: string };

/** The name to offer for an imported config: its `_name_or_path` (the repo it was saved from), else `model_type`. */
export function defaultModelName(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return "";
  }
  if (!json || typeof json !== "object") return "";
  const { _name_or_path: path, model_type: type } = json as Record<string, unknown>;
  if (typeof path === "string" && path.trim()) return path.trim();
  return typeof type === "string" ? type.trim() : "";
}

/**
 * The serving node with `text` (a config.json) as its model, for a node of `kind`. `name` is the display name
 * (blank: the parser's own choice). On failure, every issue the parser found, each naming its JSON field.
 */
export function importHfModel(
  s: Serving,
  text: string,
  kind: "llm" | "embeddings",
  name?: string,
): ByoModelResult {
  const trimmed = name?.trim();
  const read = parseHfConfig(text, {
    kind: kind === "llm" ? "llm" : "embedding",
    ...(trimmed ? { name: trimmed } : {}),
  });
  if (!read.ok) return { ok: false, message: read.issues.map((i) => i.message).join("\n") };
  const next = rederiveStack(s, { ...s, model: read.model }, kind);
  return { ok: true, ...next, model: read.model, assumptions: read.assumptions };
}
