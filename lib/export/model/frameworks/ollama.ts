import { MODEL_CACHE, SERVER_HOME, SERVING_PORT, type ServingAdapter } from "./launch";

/** Ollama (dev/test only, §3): it pulls its own models into OLLAMA_MODELS on the shared volume. */
export const ollama: ServingAdapter = ({ s }) => ({
  args: [],
  env: [
    { name: "OLLAMA_HOST", value: `0.0.0.0:${SERVING_PORT}` },
    { name: "OLLAMA_NUM_PARALLEL", value: String(s.maxNumSeqs) },
    { name: "OLLAMA_CONTEXT_LENGTH", value: String(s.contextTokens) },
    { name: "OLLAMA_MODELS", value: MODEL_CACHE },
    { name: "HOME", value: SERVER_HOME },
  ],
  healthPath: "/",
  secretKeys: [],
  unexpressed: [
    `Ollama pulls models at run time: run \`ollama pull\` for ${s.model} (${s.precision}) once it starts; Ollama is dev/test only (§3)`,
  ],
  download: null,
});
