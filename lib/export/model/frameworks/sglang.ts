import {
  dtypeArgs,
  hubEnv,
  HUB_DOWNLOAD,
  kvArgs,
  SERVING_PORT,
  type ServingAdapter,
  MODEL_CACHE,
} from "./launch";

/** SGLang 0.5 (`sglang.launch_server`). */
export const sglang: ServingAdapter = ({ s, nativePrecision }) => {
  const precision = dtypeArgs(s, nativePrecision);
  const kv = kvArgs(s, "--kv-cache-dtype", "fp8_e4m3");
  return {
    command: ["python3", "-m", "sglang.launch_server"],
    args: [
      ...["--model-path", s.model, "--served-model-name", s.servedModelName],
      ...["--host", "0.0.0.0", "--port", String(SERVING_PORT)],
      ...["--tp-size", String(s.tensorParallelSize)],
      ...(s.pipelineParallelSize > 1 ? ["--pp-size", String(s.pipelineParallelSize)] : []),
      ...["--max-running-requests", String(s.maxNumSeqs), "--context-length", String(s.maxModelLen)],
      ...["--mem-fraction-static", String(s.gpuMemoryUtilization)],
      ...(s.precision === "fp8" && nativePrecision !== "fp8" ? ["--quantization", "fp8"] : []),
      ...(kv.args[1] === "auto" ? [] : kv.args),
      ...(s.purpose === "embeddings" ? ["--is-embedding"] : []),
    ],
    env: hubEnv("HF_HOME"),
    healthPath: "/health",
    secretKeys: [],
    unexpressed: [kv.gap, precision.gap].filter((g): g is string => Boolean(g)),
    download: { script: HUB_DOWNLOAD, env: [{ name: "HF_HOME", value: MODEL_CACHE }] },
  };
};
