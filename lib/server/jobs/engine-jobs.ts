import { advise } from "../../engine/advisor";
import { evaluate } from "../../engine/evaluate";
import { estimateBatch } from "../../engine/llm";
import { exportResponse, type ExportQuery } from "../../export";
import type { PlanDocument } from "../../plan/plan-schema";
import { validateDocument } from "../plans/validate";
import { parseJsonText } from "../request/body";
import { checkPublicBatchLimit, checkPublicPlanLimits, type PublicLimits } from "./public-limits";

/**
 * The engine's jobs, as they run inside a worker thread (lib/server/jobs/worker.ts). Each takes plain data and
 * returns plain data (structured-clone safe): request bodies arrive as text and answers leave as JSON text, so the
 * request thread neither parses nor serialises a large plan.
 */

/** A request body holding a plan document, and the caps that apply when the caller is anonymous (else null). */
export interface DocumentJobInput {
  bodyText: string;
  limits: PublicLimits | null;
}

function documentOf(input: DocumentJobInput): PlanDocument {
  const value = parseJsonText(input.bodyText);
  if (input.limits) checkPublicPlanLimits(value, input.limits);
  return validateDocument(value);
}

/** POST /api/evaluate: the report, as JSON text. */
export function evaluateJob(input: DocumentJobInput): string {
  return JSON.stringify(evaluate(documentOf(input)));
}

/** POST /api/advise: the advice, as JSON text. */
export function adviseJob(input: DocumentJobInput): string {
  return JSON.stringify(advise(documentOf(input)));
}

/** POST /api/estimate with an array body: one result per request (a failing item holds `{ error }`), JSON text. */
export function estimateBatchJob(input: { batch: unknown[]; limits: PublicLimits | null }): string {
  if (input.limits) checkPublicBatchLimit(input.batch, input.limits);
  return JSON.stringify(estimateBatch(input.batch));
}

export interface ExportJobInput {
  document: PlanDocument;
  query: ExportQuery;
  /** The request's Accept header: application/json gets the files as JSON, anything else the zip. */
  accept: string | null;
}

/** A response in transferable parts (a Response cannot cross threads). */
export interface ResponseParts {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** GET …/export: the bundle answer of lib/export (zip or JSON files), built in the worker. */
export async function exportJob(input: ExportJobInput): Promise<ResponseParts> {
  const request = new Request("http://stackplan.invalid/export", {
    headers: input.accept ? { accept: input.accept } : {},
  });
  const response = exportResponse(request, input.document, input.query);
  return { status: response.status, headers: [...response.headers], body: await response.arrayBuffer() };
}
