import { dtypeArgs, kvArgs, type ServingAdapter } from "./launch";
import { pythonServer } from "./python-server";

/** SGLang 0.5 (`sglang.launch_server`): fp8 weights quantized on load, an FP8 KV cache only when sized so. */
export const sglang: ServingAdapter = ({ s, nativePrecision }) => {
  const precision = dtypeArgs(s, nativePrecision);
  const kv = kvArgs(s, "--kv-cache-dtype", "fp8_e4m3");
  const flags = {
    module: "sglang.launch_server",
    model: "--model-path",
    tensorParallel: "--tp-size",
    pipelineParallel: "--pp-size",
    maxSequences: "--max-running-requests",
    context: "--context-length",
    memoryShare: "--mem-fraction-static",
  };
  const args = [
    ...(s.precision === "fp8" && nativePrecision !== "fp8" ? ["--quantization", "fp8"] : []),
    ...(kv.args[1] === "auto" ? [] : kv.args),
    ...(s.purpose === "embeddings" ? ["--is-embedding"] : []),
  ];
  return pythonServer(s, flags, { args, gaps: [kv.gap, precision.gap] });
};
