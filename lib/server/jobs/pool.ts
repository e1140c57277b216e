import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import type { Piscina } from "piscina";
import { ApiError } from "../../api/errors";
import { UnavailableError } from "../errors";
import { buildJobWorker } from "./bundle";
import type { JobInput, JobKind, JobOutput, JobResult } from "./registry";

/**
 * The pool of worker threads that runs the engine (piscina): evaluate, advise, estimate batches and exports never
 * run on the request thread, so a 20-second advise of a 2,000-node plan leaves /api/health, share links and saves
 * answering. The queue is bounded (full → 503 `unavailable` with Retry-After), every job has a time limit (past it
 * the thread running it is terminated and replaced → 503 `job_timeout`), and a job whose caller went away
 * (request.signal) is cancelled the same way.
 */
export interface JobPoolOptions {
  /** Worker threads (ENGINE_THREADS; default: CPUs − 1, at least 2 so one long job never holds all of them). */
  threads: number;
  /** Jobs waiting for a thread before the pool answers 503 (ENGINE_QUEUE; default 8 per thread). */
  maxQueue: number;
  /** Time limit of one job, ms (ENGINE_JOB_TIMEOUT_MS; default 60 s: a 2,000-node advise takes ~20 s on an idle core). */
  timeoutMs: number;
}

const positiveInt = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && v.trim() !== "" && Number.isInteger(n) && n > 0 ? n : fallback;
};

export function jobPoolOptions(env: Record<string, string | undefined> = process.env): JobPoolOptions {
  const threads = positiveInt(env.ENGINE_THREADS, Math.max(2, Math.min(4, availableParallelism() - 1)));
  return {
    threads,
    maxQueue: positiveInt(env.ENGINE_QUEUE, 8 * threads),
    timeoutMs: positiveInt(env.ENGINE_JOB_TIMEOUT_MS, 60_000),
  };
}

interface PoolState {
  pool: Promise<Piscina>;
  options: JobPoolOptions;
  /** Moving average of a job's run time, ms (for Retry-After). */
  averageMs: number;
  /** Jobs a thread has taken and not yet finished (or been stopped). */
  running: number;
  /** The started pool (set once it is). */
  started?: Piscina;
}

const globalForPool = globalThis as unknown as { __stackplanJobPool?: PoolState };

async function createPool(options: JobPoolOptions): Promise<Piscina> {
  const [{ Piscina }, file] = await Promise.all([import("piscina"), buildJobWorker()]);
  return new Piscina({
    filename: pathToFileURL(file).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    maxQueue: options.maxQueue,
    idleTimeout: 60_000,
    // Engine threads run at a lower CPU priority than the request thread (nice +5, per thread on Linux: about a
    // third of its share): when engine work saturates the cores, health checks, share links and saves still get
    // the CPU first.
    niceIncrement: 5,
    // A job that allocates without bound kills its own thread (a 500 for that request), not the server.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
}

function state(): PoolState {
  if (!globalForPool.__stackplanJobPool) {
    const options = jobPoolOptions();
    const pool = createPool(options);
    const s: PoolState = { pool, options, averageMs: 50, running: 0 };
    pool.then((p) => (s.started = p)).catch(() => undefined);
    // A failed start (e.g. the worker does not build) is not kept: the next job tries again.
    pool.catch(() => {
      if (globalForPool.__stackplanJobPool === s) globalForPool.__stackplanJobPool = undefined;
    });
    globalForPool.__stackplanJobPool = s;
  }
  return globalForPool.__stackplanJobPool;
}

/** Starts the pool now (server start) instead of on the first job. */
export async function warmJobPool(): Promise<void> {
  await state().pool;
}

function queueFull(s: PoolState, pool: Piscina): UnavailableError {
  const waitMs = ((pool.queueSize + 1) * s.averageMs) / s.options.threads;
  return new UnavailableError(
    "unavailable",
    `the engine is busy (${s.options.threads} jobs running, ${pool.queueSize} waiting): retry in a moment`,
    Math.max(1, Math.ceil(waitMs / 1000)),
  );
}

/**
 * Runs a job of the registry on the pool and returns its output. Known failures come back as the ApiError the
 * worker mapped them to; `signal` (the request's) cancels the job when the caller goes away.
 */
export async function runJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: { signal?: AbortSignal } = {},
): Promise<JobOutput<K>> {
  const s = state();
  const pool = await s.pool;
  if (pool.queueSize >= s.options.maxQueue) throw queueFull(s, pool);
  // The time limit counts from when a thread takes the job (the worker says so on `started`), not from the queue:
  // a small job waiting behind a long one is not "too slow".
  const timeout = new AbortController();
  const { port1, port2: started } = new MessageChannel();
  port1.unref();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  port1.once("message", () => {
    running = true;
    s.running++;
    timer = setTimeout(() => timeout.abort(), s.options.timeoutMs);
  });
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const startedAt = performance.now();
  let result: JobResult;
  try {
    result = (await pool.run({ kind, input, started }, { signal, transferList: [started] })) as JobResult;
  } catch (e) {
    throw jobFailure(e, kind, s, pool, timeout.signal.aborted, options.signal?.aborted === true);
  } finally {
    clearTimeout(timer);
    port1.close();
    if (running) s.running--;
  }
  s.averageMs = 0.9 * s.averageMs + 0.1 * (performance.now() - startedAt);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as JobOutput<K>;
}

/** What a rejected job means for the caller: past its time limit, cancelled, refused by a full queue, or a bug. */
function jobFailure(
  e: unknown,
  kind: JobKind,
  s: PoolState,
  pool: Piscina,
  timedOut: boolean,
  cancelled: boolean,
): unknown {
  if (timedOut) {
    return new UnavailableError(
      "job_timeout",
      `the ${kind} job ran past its time limit of ${s.options.timeoutMs / 1000} s and was stopped: send a smaller plan`,
      undefined,
      s.options.timeoutMs,
    );
  }
  if (cancelled) return new UnavailableError("unavailable", "the request was cancelled");
  if (e instanceof Error && /queue is at limit/i.test(e.message)) return queueFull(s, pool);
  return e;
}

/** The pool's load right now (the owner's /api/health), or undefined before it started. */
export function jobPoolStats(): { threads: number; running: number; queued: number } | undefined {
  const s = globalForPool.__stackplanJobPool;
  if (!s?.started) return undefined;
  return { threads: s.options.threads, running: s.running, queued: s.started.queueSize };
}

/** Stops the pool's threads (server shutdown, tests). */
export async function closeJobPool(): Promise<void> {
  const s = globalForPool.__stackplanJobPool;
  globalForPool.__stackplanJobPool = undefined;
  if (s) await (await s.pool.catch(() => undefined))?.destroy();
}
