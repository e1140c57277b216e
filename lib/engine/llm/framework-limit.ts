import type { Framework } from "../../catalog";

/**
 * Sequences a framework's scheduler admits: the request's (or default) `maxNumSeqs`, but never beyond a hard server
 * limit (mlx_lm.server and exo serve one request at a time, whatever is asked). Configurable limits (llama-server
 * -np, OLLAMA_NUM_PARALLEL) are what `maxNumSeqs` sets, so they pass through. Beyond it requests queue: the
 * rate-based operating point saturates at this cap.
 */
export function admittedSequences(framework: Framework, requested: number | undefined): number {
  const wanted = requested ?? framework.defaultMaxConcurrency;
  const limit = framework.concurrencyLimit;
  return limit && !limit.configurable ? Math.min(wanted, limit.requests) : wanted;
}

/**
 * Sequences one closed-loop step batches at a concurrency a caller fixes: a hard server limit; the default slots of a
 * framework that does not batch continuously; otherwise unbounded (benchmarks at concurrency N configure N slots).
 */
export function closedLoopSlots(framework: Framework): number {
  const limit = framework.concurrencyLimit;
  if (limit && !limit.configurable) return limit.requests;
  return framework.continuousBatching ? Infinity : framework.defaultMaxConcurrency;
}

/**
 * Requests a node's server runs at once as deployed: the hard limit, or for a configurable one the concurrency the
 * plan fixes (the export writes it as -np / OLLAMA_NUM_PARALLEL) else the default slots; undefined when only the KV
 * cache and max_num_seqs bound it (vLLM, SGLang, TensorRT-LLM, TGI, NIM).
 */
export function servedConcurrency(
  framework: Framework,
  fixed: number | "max" | undefined,
): number | undefined {
  const limit = framework.concurrencyLimit;
  if (!limit) return undefined;
  if (!limit.configurable) return limit.requests;
  return typeof fixed === "number" ? fixed : limit.requests;
}

/**
 * z of the 99th percentile (normal approximation of the Poisson count of requests in flight): requests queue for
 * lack of slots more than 1% of the peak. (The sizing's max_num_seqs uses 3σ, 0.1%, to leave room.)
 */
export const P99_Z = 2.33;

/** Requests in flight at the 99th percentile for a mean of `n` (Poisson): ceil(n + 2.33√n), requests. */
export function p99InFlight(n: number): number {
  return Math.ceil(n + P99_Z * Math.sqrt(n) - 1e-9);
}
