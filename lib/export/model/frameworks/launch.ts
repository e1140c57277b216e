import type { EnvModel, ServingModel } from "../types";

/** How to start a model server: container command and arguments (or a shell command for a Mac), port, health path. */
export interface ServingLaunch {
  command?: string[];
  args: string[];
  env: EnvModel[];
  healthPath: string;
  /** Secret keys the server itself needs at run time (NGC key for NIM). */
  secretKeys: string[];
  /** Settings this framework's server has no flag for: each becomes a README warning. */
  unexpressed: string[];
  /**
   * How the weights get onto the shared model volume before the servers start: a shell script run once by a Job
   * with the server's image ($MODEL_ID holds the model), or null when the server fetches or is given them itself.
   */
  download: { script: string; env: EnvModel[] } | null;
}

/** What every framework adapter is given: the engine's settings, the image, and the checkpoint's own precision. */
export interface LaunchContext {
  s: ServingModel;
  nativePrecision: string | null;
  ggufFile: string;
}

export type ServingAdapter = (ctx: LaunchContext) => ServingLaunch;

export const SERVING_PORT = 8000;
/** Where model weights live: a shared PersistentVolume filled once by the download Job. */
export const MODEL_CACHE = "/models";
/** HOME of model-server containers: compile and kernel caches (torch, Triton) need a writable directory. */
export const SERVER_HOME = "/cache";

/** Environment of servers that read Hugging Face checkpoints from the shared volume and never download them. */
export function hubEnv(cacheVariable: "HF_HOME" | "HUGGINGFACE_HUB_CACHE"): EnvModel[] {
  return [
    { name: cacheVariable, value: MODEL_CACHE },
    { name: "HF_HUB_OFFLINE", value: "1" },
    { name: "HOME", value: SERVER_HOME },
  ];
}

/** The Job script that downloads a Hugging Face repository into the hub cache (huggingface_hub ships in the image). */
export const HUB_DOWNLOAD =
  'python3 -c "import sys; from huggingface_hub import snapshot_download; snapshot_download(repo_id=sys.argv[1])" "$MODEL_ID"';

/** 16-bit and 32-bit float precisions map to a dtype; fp8 can be applied on the fly; others need a checkpoint. */
export function dtypeArgs(s: ServingModel, nativePrecision: string | null): { args: string[]; gap?: string } {
  const dtype: Record<string, string> = { bf16: "bfloat16", fp16: "float16", fp32: "float32" };
  if (dtype[s.precision]) return { args: ["--dtype", dtype[s.precision]!] };
  if (s.precision === nativePrecision) return { args: [] };
  if (s.precision === "fp8") return { args: ["--quantization", "fp8"] };
  return {
    args: [],
    gap: `${s.precision} weights need a pre-quantized checkpoint of ${s.model} (AWQ/GPTQ/compressed-tensors/GGUF): set --model to it`,
  };
}

/** The KV-cache dtype flag: fp8 when the engine sized an FP8 cache, else the server's default (auto). */
export function kvArgs(s: ServingModel, flag: string, fp8Value: string): { args: string[]; gap?: string } {
  if (s.kvPrecision === "fp8") return { args: [flag, fp8Value] };
  if (s.kvPrecision === "bf16" || s.kvPrecision === "fp16") return { args: [flag, "auto"] };
  return {
    args: [flag, "auto"],
    gap: `a ${s.kvPrecision} KV cache has no flag here: the server uses its default (auto)`,
  };
}
