/**
 * How close a framework gets to the hardware's peaks, per framework × hardware family. The engine's physics
 * (bytes, FLOPs, messages) is exact arithmetic; these few factors are what a real engine loses, fitted on public
 * measurements (calibration.json) or, where no measurement exists, stated relative to one that does.
 */
export interface EfficiencyParams {
  /** Share of peak memory bandwidth a decode step achieves streaming weights and KV (0–1). */
  bandwidthEff: number;
  /** Share of peak memory bandwidth attention kernels achieve reading the KV cache (often below weight streaming). */
  kvBandwidthEff: number;
  /** Share of peak tensor FLOPS a large GEMM achieves (prefill, big batches) (0–1). */
  gemmEff: number;
  /** Tokens in a GEMM at which it reaches half of gemmEff (small batches waste the tensor cores), tokens. */
  gemmHalfTokens: number;
  /** Fixed cost of one forward pass per layer (kernel launches, dispatch, synchronisation), ms. */
  stepOverheadMsPerLayer: number;
  /**
   * Fixed host cost of one scheduler step whatever the model (Python scheduling, input preparation, sampling launch),
   * ms. Absent = 0 (the entries fitted on calibration.json carry it in stepOverheadMsPerLayer).
   */
  stepOverheadMs?: number;
  /** How memory and compute time combine: 1 = they add up, large = they overlap (the slower one wins). */
  overlap: number;
  /**
   * Extra fixed cost of an MoE layer per pass and per routed expert (token-to-expert alignment, group-limited top-k,
   * grouped-GEMM grids are sized by the expert count), µs. Dense-model measurements cannot see it; fitted on
   * DeepSeek-V3 (256 experts) and consistent with Mixtral's 8 (100+ tok/s single-stream on 2×A100, vllm#2069).
   */
  moeOverheadUsPerExpert: number;
  /**
   * Fixed cost of one MoE layer per pass, whatever the batch (routing, top-k, fused-MoE launch), µs. Absent = 0.
   * Fitted on SGLang v0.4.1's DeepSeek-V3 rows (X001–X003: 33 ms per token at batch 1 where the roofline says 3 ms);
   * no other framework's measurements show it, so no other entry carries it.
   */
  moeLayerOverheadUs?: number;
  /** Host-side cost per sequence per decode step (scheduling, sampling, detokenising), µs. */
  perSequenceStepUs: number;
  /** Software cost of one collective (all-reduce) on top of the link's own latency, µs. */
  collectiveOverheadUs: number;
  /** ALU operations spent dequantising one weight, by precision id (work on top of the matmul itself). */
  dequantOpsPerWeight: Record<string, number>;
  /**
   * Batch size up to which the framework multiplies with matrix-vector kernels that dequantise the weights again for
   * every token (llama.cpp's mul_mv); above it, GEMM kernels dequantise once per pass. 0 = always once per pass.
   */
  matvecMaxBatch: number;
  /**
   * Decode attention reads each KV head once per query-head group (GQA-aware kernels: XQA, FlashDecoding,
   * FlashInfer). false = once per query head, i.e. heads/kvHeads times the KV traffic (TensorRT-LLM ≤ v0.6).
   */
  gqaSharedKvRead: boolean;
  /** Largest prefill chunk processed in one forward pass (vLLM max_num_batched_tokens, llama.cpp n_ubatch), tokens. */
  prefillChunkTokens: number;
  /** Runs prefill of new requests inside running decode batches (chunked prefill) instead of pausing them. */
  fusedPrefill: boolean;
}

export interface EfficiencyEntry {
  key: string;
  params: EfficiencyParams;
  /** `fitted`: least-squares on `rows`; `derived`: stated relative to a fitted entry, with the reason. */
  basis: "fitted" | "derived";
  rows: string[];
  /** Where the figures come from (English: the API's and the CLI's text). */
  note: string;
  /** The note's code in messages/<locale>/estimateAssumptions.json (`efficiencyNotes.<code>`) and its figures. */
  noteCode: EfficiencyNoteCode;
  noteParams?: Record<string, number>;
}

export const EFFICIENCY_NOTE_CODES = [
  "trt-fitted",
  "nim-trt",
  "vllm-fitted",
  "vllm-derived",
  "sglang-derived",
  "tgi",
  "llamacpp-cuda-fitted",
  "ollama-llamacpp",
  "llamacpp-metal-fitted",
  "mlx-derived",
  "exo-mlx",
] as const;
export type EfficiencyNoteCode = (typeof EFFICIENCY_NOTE_CODES)[number];
