import { MODEL_CACHE, SERVER_HOME, SERVING_PORT, type ServingAdapter } from "./launch";

/**
 * llama.cpp's llama-server: one GGUF file, `-np` parallel slots sharing one context. The context is allocated up
 * front, so it is the plan's exact context per slot (no headroom: it would be memory the engine did not size).
 */
export const llamaCpp: ServingAdapter = ({ s, ggufFile }) => ({
  args: [
    ...["-m", `${MODEL_CACHE}/${ggufFile}`, "--host", "0.0.0.0", "--port", String(SERVING_PORT)],
    ...["-np", String(s.maxNumSeqs), "-c", String(s.contextTokens * s.maxNumSeqs), "-ngl", "999"],
    ...(s.purpose === "embeddings" ? ["--embedding"] : []),
  ],
  env: [{ name: "HOME", value: SERVER_HOME }],
  healthPath: "/health",
  secretKeys: [],
  unexpressed: [
    `llama.cpp loads a GGUF file: copy ${ggufFile} (${s.model} at ${s.precision}) onto the model volume (${MODEL_CACHE})`,
  ],
  download: null,
});

/** The command line a Mac runs for an Apple Silicon serving node (macOS is not a Kubernetes node). */
export function llamaServerCommand(s: Parameters<ServingAdapter>[0]["s"], ggufFile: string): string {
  return `llama-server -m ${ggufFile} --host 0.0.0.0 --port ${SERVING_PORT} -np ${s.maxNumSeqs} -c ${s.contextTokens * s.maxNumSeqs} -ngl 999${s.purpose === "embeddings" ? " --embedding" : ""}`;
}
