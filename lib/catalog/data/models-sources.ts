import { type z } from "zod";
import { type modelSchema } from "../model-schema";

/** A catalog model entry as written in the data files (defaults not yet applied). */
export type ModelInput = z.input<typeof modelSchema>;
export type SourceInput = ModelInput["sources"][number];

/** The model's Hugging Face config.json — where every architecture field of an entry comes from. */
export function hfConfig(repo: string, note?: string): SourceInput {
  return {
    kind: "config",
    title: `${repo} config.json`,
    url: `https://huggingface.co/${repo}/blob/main/config.json`,
    ...(note ? { note } : {}),
  };
}

/** The model card (or the authors' report) where the parameter counts are stated. */
export function card(repo: string, what: string): SourceInput {
  return { kind: "datasheet", title: `${repo} model card: ${what}`, url: `https://huggingface.co/${repo}` };
}
