import { type z } from "zod";
import { type frameworkSchema } from "../runtime-schema";

type FrameworkInput = z.input<typeof frameworkSchema>;

/**
 * Serving frameworks. `defaultMaxConcurrency` and `memoryUtilisation` are the out-of-the-box settings (cited); the
 * planner lets a plan override both.
 */
export const FRAMEWORKS: readonly FrameworkInput[] = [
  {
    id: "vllm",
    name: "vLLM",
    runsOn: ["nvidia"],
    continuousBatching: true,
    pagedKvCache: true,
    tensorParallel: true,
    multiNode: "tensor-and-pipeline",
    productionGrade: true,
    defaultMaxConcurrency: 256,
    memoryUtilisation: 0.9,
    openAiCompatible: true,
    containerImage: "vllm/vllm-openai:v0.11.0",
    sources: [
      {
        kind: "config",
        title:
          "vLLM EngineArgs.get_batch_defaults: max_num_seqs 256 (OpenAI server), 1024 on ≥70 GiB non-A100 GPUs",
        repo: "vllm-project/vllm",
        path: "vllm/engine/arg_utils.py",
      },
      {
        kind: "config",
        title: "vLLM CacheConfig.gpu_memory_utilization (0.9 in v0.11; 0.92 in later releases)",
        url: "https://docs.vllm.ai/en/stable/api/vllm/config/cache/",
      },
    ],
    notes:
      "Recommended by the reference platform. max_num_seqs defaults to 256, but since the V1 engine vLLM raises it " +
      "to 1024 on GPUs with ≥ 70 GiB that are not A100 (H100/H200/B200); the planner uses 256 and lets a plan raise " +
      "it. gpu_memory_utilization is a share of total device memory (weights + activations + KV).",
  },
  {
    id: "sglang",
    name: "SGLang",
    runsOn: ["nvidia"],
    continuousBatching: true,
    pagedKvCache: true,
    tensorParallel: true,
    multiNode: "tensor-and-pipeline",
    productionGrade: true,
    defaultMaxConcurrency: 1024,
    memoryUtilisation: 0.88,
    openAiCompatible: true,
    containerImage: "lmsysorg/sglang:v0.5.3",
    sources: [
      {
        kind: "config",
        title:
          "SGLang ServerArgs: mem_fraction_static 0.88 (TP1) … 0.79 (TP≥16), or (gpu_mem − reserved)/gpu_mem",
        repo: "sgl-project/sglang",
        path: "python/sglang/srt/server_args.py",
      },
      {
        kind: "config",
        title:
          "SGLang scheduler: max_running_requests = min(max_total_num_tokens // 2, req_to_token_pool.size)",
        repo: "sgl-project/sglang",
        path: "python/sglang/srt/managers/scheduler.py",
      },
      {
        kind: "secondary",
        title: "sglang PR #10671 (release image tags lmsysorg/sglang:v0.5.3)",
        url: "https://github.com/sgl-project/sglang/pull/10671",
      },
    ],
    notes:
      "SGLang has no fixed default batch cap: unless --max-running-requests is set it admits up to half the KV token " +
      "pool, bounded by the request pool — the KV cache is the real limit. 1024 is a planning cap, not a documented " +
      "default. mem_fraction_static is 0.88 at TP1 and shrinks with TP (0.87 TP2, 0.85 TP4, 0.81 TP8); newer versions " +
      "derive it from a reserved-memory heuristic per GPU.",
  },
  {
    id: "tensorrt-llm",
    name: "TensorRT-LLM (trtllm-serve)",
    runsOn: ["nvidia"],
    continuousBatching: true,
    pagedKvCache: true,
    tensorParallel: true,
    multiNode: "tensor-and-pipeline",
    productionGrade: true,
    defaultMaxConcurrency: 2048,
    memoryUtilisation: 0.9,
    openAiCompatible: true,
    containerImage: "nvcr.io/nvidia/tensorrt-llm/release:1.0.0",
    sources: [
      {
        kind: "config",
        title: "TensorRT-LLM KvCacheConfig.free_gpu_memory_fraction = 0.9 (of free memory after weights)",
        url: "https://nvidia.github.io/TensorRT-LLM/examples/kvcacheconfig.html",
      },
      {
        kind: "config",
        title: "trtllm-serve --max_batch_size defaults to BuildConfig.max_batch_size",
        url: "https://nvidia.github.io/TensorRT-LLM/commands/trtllm-serve.html",
      },
    ],
    notes:
      "trtllm-serve's --max_batch_size defaults to BuildConfig's max_batch_size (2048 in the releases read; not " +
      "re-verified for 1.0 — treat as uncertain); scheduling is then bounded by max_num_tokens (8192) and KV capacity. " +
      "The KV fraction applies to memory left after weights, so the total claimed is ≈ weights + 0.9 × rest. The NGC " +
      "tag 1.0.0 is the 1.0 release line (Sept 2025).",
  },
  {
    id: "tgi",
    name: "Text Generation Inference (Hugging Face)",
    runsOn: ["nvidia"],
    continuousBatching: true,
    pagedKvCache: true,
    tensorParallel: true,
    multiNode: "none",
    productionGrade: true,
    defaultMaxConcurrency: 128,
    memoryUtilisation: 0.9,
    openAiCompatible: true,
    containerImage: "ghcr.io/huggingface/text-generation-inference:3.3.5",
    sources: [
      {
        kind: "config",
        title:
          "text-generation-launcher arguments: --max-concurrent-requests default 128, --cuda-memory-fraction 1.0",
        url: "https://huggingface.co/docs/text-generation-inference/reference/launcher",
      },
      {
        kind: "config",
        title: "TGI server globals: TGI_WIGGLE_ROOM = 0.90 (share of free memory given to KV blocks)",
        repo: "huggingface/text-generation-inference",
        path: "server/text_generation_server/models/globals.py",
      },
    ],
    notes:
      "max_concurrent_requests = 128 is the router's admission limit; the batch is also bounded by " +
      "max_batch_total_tokens, computed at warm-up from free memory × TGI_WIGGLE_ROOM (0.90). Sharded (tensor " +
      "parallel) within one node only.",
  },
  {
    id: "nim",
    name: "NVIDIA NIM for LLMs",
    runsOn: ["nvidia"],
    continuousBatching: true,
    pagedKvCache: true,
    tensorParallel: true,
    multiNode: "tensor-and-pipeline",
    productionGrade: true,
    defaultMaxConcurrency: 256,
    memoryUtilisation: 0.9,
    openAiCompatible: true,
    sources: [
      {
        kind: "config",
        title: "NVIDIA NIM for LLMs: configuration / environment variables",
        url: "https://docs.nvidia.com/nim/large-language-models/latest/configuration.html",
      },
    ],
    notes:
      "NIM packages TensorRT-LLM, vLLM or SGLang per model profile, so its limits are those of the backend selected; " +
      "256 and 0.9 are the vLLM/TRT-LLM-like values (not re-verified per profile). Images are model-specific NGC " +
      "images (nvcr.io/nim/<org>/<model>:<tag>) that need an NGC API key, so no single image is listed. Multi-node " +
      "profiles (TP×PP across nodes) exist for the largest models.",
  },
  {
    id: "llama.cpp",
    name: "llama.cpp (llama-server)",
    runsOn: ["nvidia", "apple", "cpu"],
    continuousBatching: true,
    pagedKvCache: false,
    tensorParallel: false,
    multiNode: "pipeline",
    productionGrade: true,
    defaultMaxConcurrency: 4,
    concurrencyLimit: {
      requests: 4,
      configurable: true,
      setting: "-np / --parallel (default -1 = auto: 4 slots sharing one unified KV cache)",
      sources: [
        {
          kind: "secondary",
          title:
            "llama.cpp PR #16736: llama-server starts with 4 slots and a unified KV cache by default (-np auto)",
          url: "https://github.com/ggml-org/llama.cpp/pull/16736",
        },
        {
          kind: "secondary",
          title: "llama.cpp PR #17997: '-np, --parallel N: number of server slots (default: -1, -1 = auto)'",
          url: "https://github.com/ggml-org/llama.cpp/pull/17997",
        },
        {
          kind: "secondary",
          title:
            "llama.cpp issue #17989 (Dec 2025): README still said default 1 while the server initialised 4 slots",
          url: "https://github.com/ggml-org/llama.cpp/issues/17989",
        },
      ],
    },
    memoryUtilisation: 1,
    openAiCompatible: true,
    containerImage: "ghcr.io/ggml-org/llama.cpp:server",
    sources: [
      {
        kind: "secondary",
        title: "llama.cpp PR #16736: server starts with 4 slots and a unified KV cache by default (-np auto)",
        url: "https://github.com/ggml-org/llama.cpp/pull/16736",
      },
      {
        kind: "secondary",
        title: "llama.cpp PR #17997: '-np, --parallel N: number of server slots (default: -1, -1 = auto)'",
        url: "https://github.com/ggml-org/llama.cpp/pull/17997",
      },
    ],
    notes:
      "Since late 2025 llama-server defaults to 4 parallel slots sharing one unified KV buffer (earlier builds: 1). " +
      "Continuous batching across slots is on by default. Multi-GPU splits by layers (--split-mode layer); 'row' split " +
      "exists but is not efficient tensor parallelism. Multi-node via the RPC backend (layer/pipeline split). Use the " +
      "server-cuda image variant on NVIDIA; Apple Silicon runs it natively (Metal), not in a container.",
  },
  {
    id: "ollama",
    name: "Ollama",
    runsOn: ["nvidia", "apple", "cpu"],
    continuousBatching: true,
    pagedKvCache: false,
    tensorParallel: false,
    multiNode: "none",
    productionGrade: false,
    defaultMaxConcurrency: 1,
    concurrencyLimit: {
      requests: 1,
      configurable: true,
      setting: "OLLAMA_NUM_PARALLEL (default 1); development use only",
      sources: [
        {
          kind: "config",
          title: 'Ollama envconfig: NumParallel = Uint("OLLAMA_NUM_PARALLEL", 1)',
          repo: "ollama/ollama",
          path: "envconfig/config.go",
        },
      ],
    },
    memoryUtilisation: 1,
    openAiCompatible: true,
    containerImage: "ollama/ollama:0.12.9",
    sources: [
      {
        kind: "config",
        title: 'Ollama envconfig: NumParallel = Uint("OLLAMA_NUM_PARALLEL", 1)',
        repo: "ollama/ollama",
        path: "envconfig/config.go",
      },
      {
        kind: "secondary",
        title: "Reference platform: Ollama for dev/test only",
        path: "docs/reference-platform.md",
      },
    ],
    notes:
      "Dev/test only per the reference platform. OLLAMA_NUM_PARALLEL defaults to 1 in current releases (earlier releases, " +
      "after ollama PR #4218 in 2024, auto-selected 4 or 1 from free memory). Each parallel slot multiplies the context allocation (num_ctx × " +
      "num_parallel). Layer split across local GPUs only; no multi-node.",
  },
  {
    id: "mlx",
    name: "MLX / mlx-lm (mlx_lm.server)",
    runsOn: ["apple"],
    continuousBatching: false,
    pagedKvCache: false,
    tensorParallel: true,
    multiNode: "tensor-and-pipeline",
    productionGrade: false,
    defaultMaxConcurrency: 1,
    concurrencyLimit: {
      requests: 1,
      configurable: false,
      setting: "none in mlx_lm.server as modelled: requests are processed one by one",
      sources: [
        {
          kind: "secondary",
          title:
            "mlx-lm issue #499 (Sept–Oct 2025): 'the current mlx_lm.server processes requests one by one'",
          url: "https://github.com/ml-explore/mlx-lm/issues/499",
        },
        {
          kind: "secondary",
          title:
            "mlx-lm PR #623 (Nov 2025, closed): a separate mlx_lm.batch_server with dynamic batching, not merged",
          url: "https://github.com/ml-explore/mlx-lm/pull/623",
        },
      ],
    },
    memoryUtilisation: 1,
    openAiCompatible: true,
    sources: [
      {
        kind: "config",
        title:
          "mlx_lm/server.py: 'mlx_lm.server is not recommended for production as it only implements basic security checks.'",
        repo: "ml-explore/mlx-lm",
        path: "mlx_lm/server.py",
      },
      {
        kind: "secondary",
        title: "mlx-lm issue #499 (Sept 2025): mlx_lm.server processes requests one by one",
        url: "https://github.com/ml-explore/mlx-lm/issues/499",
      },
    ],
    notes:
      "As of late 2025 mlx_lm.server served one request at a time (batch_generate existed as a library call). Newer " +
      "mlx-lm releases are reported to batch in the server (mlx-vlm issue #1376, June 2026, says so in passing); not " +
      "verified on a pinned release, so the planner keeps the one-request limit until one is measured. mlx.distributed (ring over TCP, or 'jaccl' RDMA over Thunderbolt 5 " +
      "on macOS 26.2+) enables tensor- and pipeline-parallel sharding across Macs. productionGrade is false because " +
      "mlx-lm's own server says so; the reference platform still lists MLX as the Apple option. memoryUtilisation 1.0: " +
      "macOS's GPU working-set limit is applied by the planner, not here.",
  },
  {
    id: "exo",
    name: "exo",
    runsOn: ["apple"],
    continuousBatching: false,
    pagedKvCache: false,
    tensorParallel: false,
    multiNode: "pipeline",
    productionGrade: false,
    defaultMaxConcurrency: 1,
    concurrencyLimit: {
      requests: 1,
      configurable: false,
      setting: "none: exo runs one request at a time through its pipeline ring",
      sources: [
        {
          kind: "secondary",
          title: "exo: run frontier AI locally across devices",
          url: "https://github.com/exo-explore/exo",
        },
      ],
    },
    memoryUtilisation: 1,
    openAiCompatible: true,
    sources: [
      {
        kind: "secondary",
        title: "exo: run frontier AI locally across devices",
        url: "https://github.com/exo-explore/exo",
      },
      {
        kind: "secondary",
        title: "exo RDMA over Thunderbolt (MLX jaccl backend) and tensor sharding",
        url: "https://deepwiki.com/exo-explore/exo/5.4-rdma-over-thunderbolt",
      },
    ],
    notes:
      "Experimental (reference platform: 'exo demonstration'). Partitions layers across devices in a ring weighted by " +
      "memory (pipeline), one request at a time. exo 1.0 (Dec 2025) adds tensor sharding over RDMA on Thunderbolt 5; " +
      "not modelled. No official container image (runs natively on macOS).",
  },
] satisfies FrameworkInput[];
