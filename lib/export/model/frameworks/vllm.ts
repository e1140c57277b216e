import {
  dtypeArgs,
  hubEnv,
  HUB_DOWNLOAD,
  kvArgs,
  SERVING_PORT,
  type ServingAdapter,
  MODEL_CACHE,
} from "./launch";

/** vLLM 0.11 (`vllm.entrypoints.openai.api_server`): the reference server, every engine setting has a flag. */
export const vllm: ServingAdapter = ({ s, nativePrecision }) => {
  const precision = dtypeArgs(s, nativePrecision);
  const kv = kvArgs(s, "--kv-cache-dtype", "fp8");
  return {
    command: ["python3", "-m", "vllm.entrypoints.openai.api_server"],
    args: [
      ...["--model", s.model, "--served-model-name", s.servedModelName],
      ...["--host", "0.0.0.0", "--port", String(SERVING_PORT)],
      ...["--tensor-parallel-size", String(s.tensorParallelSize)],
      ...(s.pipelineParallelSize > 1 ? ["--pipeline-parallel-size", String(s.pipelineParallelSize)] : []),
      ...["--max-num-seqs", String(s.maxNumSeqs), "--max-model-len", String(s.maxModelLen)],
      ...["--gpu-memory-utilization", String(s.gpuMemoryUtilization)],
      ...precision.args,
      ...kv.args,
      ...(s.purpose === "embeddings" ? ["--runner", "pooling", "--convert", "embed"] : []),
    ],
    env: hubEnv("HF_HOME"),
    healthPath: "/health",
    secretKeys: [],
    unexpressed: [precision.gap, kv.gap].filter((g): g is string => Boolean(g)),
    download: { script: HUB_DOWNLOAD, env: [{ name: "HF_HOME", value: MODEL_CACHE }] },
  };
};
