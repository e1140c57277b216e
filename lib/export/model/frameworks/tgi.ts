import { hubEnv, SERVING_PORT, type ServingAdapter, MODEL_CACHE } from "./launch";

/** Text Generation Inference 3.3 (the image's launcher takes flags as arguments). */
export const tgi: ServingAdapter = ({ s, nativePrecision }) => {
  const unexpressed: string[] = [];
  if (s.purpose === "embeddings")
    unexpressed.push(
      "TGI does not serve embedding models: use Text Embeddings Inference (TEI) for this node",
    );
  if (s.pipelineParallelSize > 1)
    unexpressed.push("TGI shards within one server only: the instance cannot span servers");
  if (s.kvPrecision === "fp8")
    unexpressed.push("TGI's --kv-cache-dtype fp8 needs an FP8 checkpoint with KV scales");
  const quant = s.precision === "fp8" && nativePrecision !== "fp8" ? ["--quantize", "fp8"] : [];
  if (!quant.length && !["bf16", "fp16", "fp32", nativePrecision].includes(s.precision))
    unexpressed.push(`${s.precision} weights need a pre-quantized checkpoint for TGI`);
  return {
    args: [
      ...["--model-id", s.model, "--hostname", "0.0.0.0", "--port", String(SERVING_PORT)],
      ...["--num-shard", String(s.tensorParallelSize)],
      ...["--max-concurrent-requests", String(s.maxNumSeqs), "--max-total-tokens", String(s.maxModelLen)],
      ...["--cuda-memory-fraction", String(s.gpuMemoryUtilization)],
      ...quant,
    ],
    env: hubEnv("HUGGINGFACE_HUB_CACHE"),
    healthPath: "/health",
    secretKeys: [],
    unexpressed,
    download: {
      script: 'text-generation-server download-weights "$MODEL_ID"',
      env: [{ name: "HUGGINGFACE_HUB_CACHE", value: MODEL_CACHE }],
    },
  };
};
