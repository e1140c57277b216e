import { type z } from "zod";
import { type modelSchema } from "../model-schema";
import { LLAMA_MODELS } from "./models-llama";
import { MISTRAL_QWEN_MODELS } from "./models-mistral-qwen";
import { MOE_EMBEDDING_MODELS } from "./models-moe-embedding";
import { GEMMA_PHI_MISTRAL_MODELS } from "./models-gemma-phi-mistral";
import { LLAMA4_CODELLAMA_MODELS } from "./models-llama4-codellama";
import { QWEN3_MODELS } from "./models-qwen3";
import { R1_DISTILL_MODELS } from "./models-r1-distill";

/** Every self-hostable model of the catalog (LLMs and embedding models), split by family across files. */
export const MODELS: readonly z.input<typeof modelSchema>[] = [
  ...LLAMA_MODELS,
  ...MISTRAL_QWEN_MODELS,
  ...MOE_EMBEDDING_MODELS,
  ...QWEN3_MODELS,
  ...LLAMA4_CODELLAMA_MODELS,
  ...GEMMA_PHI_MISTRAL_MODELS,
  ...R1_DISTILL_MODELS,
];
