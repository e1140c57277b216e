import type { MessagePort } from "node:worker_threads";
import { domainApiError } from "../request/error-map";
import { JOBS, type JobKind, type JobResult } from "./registry";

/**
 * Entry of the engine's worker threads (bundled by lib/server/jobs/bundle.ts, run by piscina): runs one job of
 * the registry. Known failures (invalid input, limits) come back as the API error they map to, so the request
 * thread answers exactly as if it had run the job itself; anything else is thrown (logged there as a 500).
 */
export default async function runTask(task: {
  kind: JobKind;
  input: unknown;
  /** Told when the job starts (the pool's time limit counts from then). */
  started?: MessagePort;
}): Promise<JobResult> {
  task.started?.postMessage(0);
  task.started?.close();
  if (!Object.hasOwn(JOBS, task.kind)) throw new Error(`unknown job kind "${String(task.kind)}"`);
  const job = JOBS[task.kind] as (input: unknown) => unknown;
  try {
    return { ok: true, value: await job(task.input) };
  } catch (e) {
    const api = domainApiError(e);
    if (api) return { ok: false, error: api.detail };
    throw e;
  }
}
