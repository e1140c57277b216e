import type { ServingModel } from "../types";
import { hubEnv, HUB_DOWNLOAD, MODEL_CACHE, SERVING_PORT, type ServingLaunch } from "./launch";

/** The flag names of an OpenAI-compatible Python server (vLLM, SGLang) for the engine's settings. */
export interface PythonServerFlags {
  module: string;
  model: string;
  tensorParallel: string;
  pipelineParallel: string;
  maxSequences: string;
  context: string;
  memoryShare: string;
}

/**
 * A Python model server started as `python3 -m <module>` with the engine's settings under its own flag names, the
 * precision and KV-cache flags its adapter chose, reading its checkpoint from the shared Hugging Face cache.
 */
export function pythonServer(
  s: ServingModel,
  flags: PythonServerFlags,
  extra: { args: string[]; gaps: (string | undefined)[] },
): ServingLaunch {
  return {
    command: ["python3", "-m", flags.module],
    args: [
      ...[flags.model, s.model, "--served-model-name", s.servedModelName],
      ...["--host", "0.0.0.0", "--port", String(SERVING_PORT)],
      ...[flags.tensorParallel, String(s.tensorParallelSize)],
      ...(s.pipelineParallelSize > 1 ? [flags.pipelineParallel, String(s.pipelineParallelSize)] : []),
      ...[flags.maxSequences, String(s.maxNumSeqs), flags.context, String(s.maxModelLen)],
      ...[flags.memoryShare, String(s.gpuMemoryUtilization)],
      ...extra.args,
    ],
    env: hubEnv("HF_HOME"),
    healthPath: "/health",
    secretKeys: [],
    unexpressed: extra.gaps.filter((g): g is string => Boolean(g)),
    download: { script: HUB_DOWNLOAD, env: [{ name: "HF_HOME", value: MODEL_CACHE }] },
  };
}
