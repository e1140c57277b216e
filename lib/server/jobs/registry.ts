import type { ApiErrorDetail } from "../../api/errors";
import { costChangeJob } from "./cost-change-job";
import { adviseJob, estimateBatchJob, evaluateJob, exportJob } from "./engine-jobs";
import { pdfJob } from "./pdf-job";
import { proposalDataJob } from "./proposal-data-job";

/**
 * Every job the worker pool runs, by name. A new kind of engine work (e.g. the PDF proposal) is one entry here:
 * a function from plain data to plain data (or a promise of it); `runJob("name", input)` on the request thread is
 * then typed from this table.
 */
export const JOBS = {
  evaluate: evaluateJob,
  advise: adviseJob,
  estimateBatch: estimateBatchJob,
  export: exportJob,
  pdf: pdfJob,
  proposalData: proposalDataJob,
  costChange: costChangeJob,
} satisfies Record<string, (input: never) => unknown>;

export type JobKind = keyof typeof JOBS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOBS)[K]>[0];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]>>;

/** What a worker sends back: the job's output, or the API error a known failure maps to. */
export type JobResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorDetail };
