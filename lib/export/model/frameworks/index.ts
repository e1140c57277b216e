import { generic } from "./generic";
import type { LaunchContext, ServingAdapter, ServingLaunch } from "./launch";
import { llamaCpp, llamaServerCommand } from "./llama-cpp";
import { ollama } from "./ollama";
import { sglang } from "./sglang";
import { tensorrtLlm } from "./tensorrt-llm";
import { tgi } from "./tgi";
import { vllm } from "./vllm";
import type { ServingModel } from "../types";

export { MODEL_CACHE, SERVER_HOME, SERVING_PORT, type ServingLaunch } from "./launch";

/** One adapter per serving framework of the catalog; others (NIM) get the generic one. */
const ADAPTERS: Record<string, ServingAdapter> = {
  vllm,
  sglang,
  "tensorrt-llm": tensorrtLlm,
  tgi,
  "llama.cpp": llamaCpp,
  ollama,
};

/**
 * The launch of one model server replica with the engine's choices: model, precision, KV-cache precision,
 * tensor/pipeline parallel sizes, max concurrent sequences, context length and memory share, in the flags of the
 * framework's image version in the catalog.
 */
export function servingLaunch(ctx: LaunchContext): ServingLaunch {
  return (ADAPTERS[ctx.s.frameworkId] ?? generic)(ctx);
}

/** The command line a Mac runs for an Apple Silicon serving node (macOS is not a Kubernetes node). */
export function macRunCommand(s: ServingModel, ggufFile: string): string {
  switch (s.frameworkId) {
    case "mlx":
      return `mlx_lm.server --model ${s.model} --host 0.0.0.0 --port 8000`;
    case "ollama":
      return `OLLAMA_HOST=0.0.0.0:8000 OLLAMA_NUM_PARALLEL=${s.maxNumSeqs} OLLAMA_CONTEXT_LENGTH=${s.contextTokens} ollama serve`;
    case "exo":
      return "exo --api-port 8000";
    default:
      return llamaServerCommand(s, ggufFile);
  }
}
