import { dtypeArgs, kvArgs, type ServingAdapter } from "./launch";
import { pythonServer } from "./python-server";

/** vLLM 0.11 (`vllm.entrypoints.openai.api_server`): the reference server, every engine setting has a flag. */
export const vllm: ServingAdapter = ({ s, nativePrecision }) => {
  const precision = dtypeArgs(s, nativePrecision);
  const kv = kvArgs(s, "--kv-cache-dtype", "fp8");
  const flags = {
    module: "vllm.entrypoints.openai.api_server",
    model: "--model",
    tensorParallel: "--tensor-parallel-size",
    pipelineParallel: "--pipeline-parallel-size",
    maxSequences: "--max-num-seqs",
    context: "--max-model-len",
    memoryShare: "--gpu-memory-utilization",
  };
  const embed = s.purpose === "embeddings" ? ["--runner", "pooling", "--convert", "embed"] : [];
  return pythonServer(s, flags, {
    args: [...precision.args, ...kv.args, ...embed],
    gaps: [precision.gap, kv.gap],
  });
};
