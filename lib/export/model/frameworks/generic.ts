import { MODEL_CACHE, SERVER_HOME, type ServingAdapter } from "./launch";

/**
 * Frameworks without a generic image or flags in the catalog (NVIDIA NIM images are per model,
 * nvcr.io/nim/<org>/<model>:<tag>): NIM's documented environment, and a warning to set the image.
 */
export const generic: ServingAdapter = ({ s }) => ({
  args: [],
  env: [
    { name: "NGC_API_KEY", secretKey: "NGC_API_KEY" },
    { name: "NIM_SERVED_MODEL_NAME", value: s.servedModelName },
    { name: "NIM_MAX_MODEL_LEN", value: String(s.maxModelLen) },
    { name: "NIM_TENSOR_PARALLEL_SIZE", value: String(s.tensorParallelSize) },
    { name: "NIM_CACHE_PATH", value: MODEL_CACHE },
    { name: "HOME", value: SERVER_HOME },
  ],
  healthPath: "/v1/health/ready",
  secretKeys: ["NGC_API_KEY"],
  unexpressed: [
    `${s.frameworkName} has no generic container image or flags in the catalog: set the image and its settings (model ${s.model}, tensor parallel ${s.tensorParallelSize}, max ${s.maxNumSeqs} sequences, context ${s.maxModelLen})`,
  ],
  download: null,
});
