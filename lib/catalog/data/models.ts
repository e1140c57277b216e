import { type z } from "zod";
import { type modelSchema } from "../model-schema";
import { LLAMA_MODELS } from "./models-llama";
import { MISTRAL_QWEN_MODELS } from "./models-mistral-qwen";
import { MOE_EMBEDDING_MODELS } from "./models-moe-embedding";

/** Every self-hostable model of the catalog (LLMs and embedding models), split by family across files. */
export const MODELS: readonly z.input<typeof modelSchema>[] = [
  ...LLAMA_MODELS,
  ...MISTRAL_QWEN_MODELS,
  ...MOE_EMBEDDING_MODELS,
];
