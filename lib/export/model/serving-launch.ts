import type { EnvModel, ServingModel } from "./types";

/** How to start a model server: container command and arguments (or a shell command for a Mac), port, health path. */
export interface ServingLaunch {
  image: string | null;
  command?: string[];
  args: string[];
  env: EnvModel[];
  healthPath: string;
  /** Secret keys the server needs (Hugging Face token for gated models, NGC key for NIM). */
  secretKeys: string[];
  /** Settings this framework's server has no flag for: each becomes a README warning. */
  unexpressed: string[];
}

export const SERVING_PORT = 8000;
/** Where model weights are downloaded (an emptyDir sized for the checkpoint; use a shared volume in production). */
export const MODEL_CACHE = "/models";

const HF_TOKEN: EnvModel = { name: "HF_TOKEN", secretKey: "HF_TOKEN" };

/** 16-bit and 32-bit float precisions map to a dtype; fp8 can be applied on the fly; others need a checkpoint. */
function vllmPrecisionArgs(
  s: ServingModel,
  nativePrecision: string | null,
): { args: string[]; gap?: string } {
  const dtype: Record<string, string> = { bf16: "bfloat16", fp16: "float16", fp32: "float32" };
  if (dtype[s.precision]) return { args: ["--dtype", dtype[s.precision]!] };
  if (s.precision === nativePrecision) return { args: [] };
  if (s.precision === "fp8") return { args: ["--quantization", "fp8"] };
  return {
    args: [],
    gap: `${s.precision} weights need a pre-quantized checkpoint of ${s.model} (AWQ/GPTQ/compressed-tensors/GGUF): set --model to it`,
  };
}

function kvArgs(s: ServingModel, flag: string, fp8Value: string): { args: string[]; gap?: string } {
  if (s.kvPrecision === "fp8") return { args: [flag, fp8Value] };
  if (s.kvPrecision === "bf16" || s.kvPrecision === "fp16") return { args: [flag, "auto"] };
  return {
    args: [flag, "auto"],
    gap: `a ${s.kvPrecision} KV cache has no flag here: the server uses its default (auto)`,
  };
}

/**
 * The launch of one model server replica with the engine's choices: model, precision, KV-cache precision,
 * tensor/pipeline parallel sizes, max concurrent sequences, context length and memory share. Flags per framework
 * are those of the image version in the catalog (vLLM 0.11, SGLang 0.5, TensorRT-LLM 1.0, TGI 3.3, llama.cpp, Ollama).
 */
export function servingLaunch(
  s: ServingModel,
  image: string | null,
  nativePrecision: string | null,
  ggufFile: string,
): ServingLaunch {
  const port = String(SERVING_PORT);
  const embed = s.purpose === "embeddings";
  const unexpressed: string[] = [];
  const note = (gap?: string) => gap && unexpressed.push(gap);
  switch (s.frameworkId) {
    case "vllm": {
      const precision = vllmPrecisionArgs(s, nativePrecision);
      const kv = kvArgs(s, "--kv-cache-dtype", "fp8");
      note(precision.gap);
      note(kv.gap);
      return {
        image,
        command: ["python3", "-m", "vllm.entrypoints.openai.api_server"],
        args: [
          "--model",
          s.model,
          "--served-model-name",
          s.servedModelName,
          "--host",
          "0.0.0.0",
          "--port",
          port,
          "--tensor-parallel-size",
          String(s.tensorParallelSize),
          ...(s.pipelineParallelSize > 1 ? ["--pipeline-parallel-size", String(s.pipelineParallelSize)] : []),
          "--max-num-seqs",
          String(s.maxNumSeqs),
          "--max-model-len",
          String(s.maxModelLen),
          "--gpu-memory-utilization",
          String(s.gpuMemoryUtilization),
          ...precision.args,
          ...kv.args,
          ...(embed ? ["--runner", "pooling", "--convert", "embed"] : []),
        ],
        env: [HF_TOKEN, { name: "HF_HOME", value: MODEL_CACHE }],
        healthPath: "/health",
        secretKeys: ["HF_TOKEN"],
        unexpressed,
      };
    }
    case "sglang": {
      const precision = vllmPrecisionArgs(s, nativePrecision);
      const kv = kvArgs(s, "--kv-cache-dtype", "fp8_e4m3");
      note(kv.gap);
      if (precision.gap) note(precision.gap);
      return {
        image,
        command: ["python3", "-m", "sglang.launch_server"],
        args: [
          "--model-path",
          s.model,
          "--served-model-name",
          s.servedModelName,
          "--host",
          "0.0.0.0",
          "--port",
          port,
          "--tp-size",
          String(s.tensorParallelSize),
          ...(s.pipelineParallelSize > 1 ? ["--pp-size", String(s.pipelineParallelSize)] : []),
          "--max-running-requests",
          String(s.maxNumSeqs),
          "--context-length",
          String(s.maxModelLen),
          "--mem-fraction-static",
          String(s.gpuMemoryUtilization),
          ...(s.precision === "fp8" && nativePrecision !== "fp8" ? ["--quantization", "fp8"] : []),
          ...(kv.args[1] === "auto" ? [] : kv.args),
          ...(embed ? ["--is-embedding"] : []),
        ],
        env: [HF_TOKEN, { name: "HF_HOME", value: MODEL_CACHE }],
        healthPath: "/health",
        secretKeys: ["HF_TOKEN"],
        unexpressed,
      };
    }
    case "tensorrt-llm": {
      if (embed)
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
        image,
        command: ["trtllm-serve", s.model],
        args: [
          "--host",
          "0.0.0.0",
          "--port",
          port,
          "--tp_size",
          String(s.tensorParallelSize),
          "--pp_size",
          String(s.pipelineParallelSize),
          "--max_batch_size",
          String(s.maxNumSeqs),
          "--max_seq_len",
          String(s.maxModelLen),
          "--kv_cache_free_gpu_memory_fraction",
          String(s.gpuMemoryUtilization),
        ],
        env: [HF_TOKEN, { name: "HF_HOME", value: MODEL_CACHE }],
        healthPath: "/health",
        secretKeys: ["HF_TOKEN"],
        unexpressed,
      };
    }
    case "tgi": {
      if (embed)
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
        image,
        args: [
          "--model-id",
          s.model,
          "--hostname",
          "0.0.0.0",
          "--port",
          port,
          "--num-shard",
          String(s.tensorParallelSize),
          "--max-concurrent-requests",
          String(s.maxNumSeqs),
          "--max-total-tokens",
          String(s.maxModelLen),
          "--cuda-memory-fraction",
          String(s.gpuMemoryUtilization),
          ...quant,
        ],
        env: [HF_TOKEN, { name: "HUGGINGFACE_HUB_CACHE", value: MODEL_CACHE }],
        healthPath: "/health",
        secretKeys: ["HF_TOKEN"],
        unexpressed,
      };
    }
    case "llama.cpp": {
      unexpressed.push(
        `llama.cpp loads a GGUF file: put ${ggufFile} (${s.model} at ${s.precision}) in ${MODEL_CACHE}`,
      );
      return {
        image,
        args: [
          "-m",
          `${MODEL_CACHE}/${ggufFile}`,
          "--host",
          "0.0.0.0",
          "--port",
          port,
          "-np",
          String(s.maxNumSeqs),
          // llama-server's context is shared by its slots: one full context per parallel sequence.
          "-c",
          String(s.maxModelLen * s.maxNumSeqs),
          "-ngl",
          "999",
          ...(embed ? ["--embedding"] : []),
        ],
        env: [],
        healthPath: "/health",
        secretKeys: [],
        unexpressed,
      };
    }
    case "ollama": {
      unexpressed.push(
        `Ollama pulls models at run time: run \`ollama pull\` for ${s.model} (${s.precision}) once it starts; Ollama is dev/test only (§3)`,
      );
      return {
        image,
        args: [],
        env: [
          { name: "OLLAMA_HOST", value: `0.0.0.0:${port}` },
          { name: "OLLAMA_NUM_PARALLEL", value: String(s.maxNumSeqs) },
          { name: "OLLAMA_CONTEXT_LENGTH", value: String(s.maxModelLen) },
          { name: "OLLAMA_MODELS", value: MODEL_CACHE },
        ],
        healthPath: "/",
        secretKeys: [],
        unexpressed,
      };
    }
    default: {
      // NIM images are per model (nvcr.io/nim/<org>/<model>:<tag>); MLX and exo run natively on macOS.
      unexpressed.push(
        `${s.frameworkName} has no generic container image or flags in the catalog: set the image and its settings (model ${s.model}, tensor parallel ${s.tensorParallelSize}, max ${s.maxNumSeqs} sequences, context ${s.maxModelLen})`,
      );
      return {
        image,
        args: [],
        env: [
          { name: "NGC_API_KEY", secretKey: "NGC_API_KEY" },
          { name: "NIM_SERVED_MODEL_NAME", value: s.servedModelName },
          { name: "NIM_MAX_MODEL_LEN", value: String(s.maxModelLen) },
          { name: "NIM_TENSOR_PARALLEL_SIZE", value: String(s.tensorParallelSize) },
        ],
        healthPath: "/v1/health/ready",
        secretKeys: ["NGC_API_KEY"],
        unexpressed,
      };
    }
  }
}

/** The command line a Mac runs for an Apple Silicon serving node (macOS is not a Kubernetes node). */
export function macRunCommand(s: ServingModel, ggufFile: string): string {
  const port = SERVING_PORT;
  switch (s.frameworkId) {
    case "mlx":
      return `mlx_lm.server --model ${s.model} --host 0.0.0.0 --port ${port}`;
    case "ollama":
      return `OLLAMA_HOST=0.0.0.0:${port} OLLAMA_NUM_PARALLEL=${s.maxNumSeqs} OLLAMA_CONTEXT_LENGTH=${s.maxModelLen} ollama serve`;
    case "exo":
      return `exo --api-port ${port}`;
    default:
      return `llama-server -m ${ggufFile} --host 0.0.0.0 --port ${port} -np ${s.maxNumSeqs} -c ${s.maxModelLen * s.maxNumSeqs} -ngl 999${s.purpose === "embeddings" ? " --embedding" : ""}`;
  }
}
