import { hubEnv, HUB_DOWNLOAD, SERVING_PORT, type ServingAdapter, MODEL_CACHE } from "./launch";

/** TensorRT-LLM 1.0 (`trtllm-serve` with the PyTorch back end). */
export const tensorrtLlm: ServingAdapter = ({ s, nativePrecision }) => {
  const unexpressed: string[] = [];
  if (s.purpose === "embeddings")
    unexpressed.push("trtllm-serve does not serve embedding models: use vLLM or TEI for this node");
  if (s.precision !== "bf16" && s.precision !== "fp16" && s.precision !== nativePrecision)
    unexpressed.push(
      `${s.precision} needs a quantized checkpoint or engine built with ModelOpt for TensorRT-LLM`,
    );
  if (s.kvPrecision === "fp8")
    unexpressed.push(
      "an FP8 KV cache is set in TensorRT-LLM's extra LLM-API options file (kv_cache_config.dtype), not a flag",
    );
  return {
    command: ["trtllm-serve", s.model],
    args: [
      ...["--host", "0.0.0.0", "--port", String(SERVING_PORT)],
      ...["--tp_size", String(s.tensorParallelSize), "--pp_size", String(s.pipelineParallelSize)],
      ...["--max_batch_size", String(s.maxNumSeqs), "--max_seq_len", String(s.maxModelLen)],
      ...["--kv_cache_free_gpu_memory_fraction", String(s.gpuMemoryUtilization)],
    ],
    env: hubEnv("HF_HOME"),
    healthPath: "/health",
    secretKeys: [],
    unexpressed,
    download: { script: HUB_DOWNLOAD, env: [{ name: "HF_HOME", value: MODEL_CACHE }] },
  };
};
