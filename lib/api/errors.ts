import { z } from "zod";

/**
 * Error codes of the REST API and the HTTP status each one is sent with. One table, read by the server (to answer)
 * and by the client hooks (to decide what a failure means: retry, conflict, give up).
 */
export const API_ERROR_STATUS = {
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  link_revoked: 410,
  link_expired: 410,
  payload_too_large: 413,
  too_many_nodes: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

/** One problem in a request body: where (a JSON path into the body, e.g. `$.document.nodes[2].id`) and what. */
export const apiIssueSchema = z
  .object({
    path: z.string().describe("JSON path into the request body, e.g. $.document.nodes[2].id"),
    message: z.string(),
  })
  .strict();
export type ApiIssue = z.infer<typeof apiIssueSchema>;

/** The body of every non-2xx answer: `{ error: { code, message, … } }`. Extra fields depend on the code. */
export const apiErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().describe("What is wrong and how to fix it, in a sentence"),
      issues: z
        .array(apiIssueSchema)
        .optional()
        .describe("validation_failed: every problem with its JSON path"),
      currentRevision: z
        .number()
        .int()
        .optional()
        .describe("conflict: the plan's revision now; re-base on it (GET the plan) and save again"),
      limit: z.number().optional().describe("payload_too_large (bytes) / too_many_nodes (nodes): the limit"),
      count: z.number().optional().describe("too_many_nodes: how many nodes the document holds"),
      retryAfterSeconds: z.number().optional().describe("rate_limited: also sent as the Retry-After header"),
    }),
  })
  .meta({ id: "ApiError" });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
export type ApiErrorDetail = ApiErrorBody["error"];

/**
 * A failed API call as an exception: thrown by route code on the server (and turned into the JSON body by
 * lib/server/http.ts) and by the fetch client in the browser (built from the JSON body it received).
 * `status` 0 means the server was not reached (network failure).
 */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly detail: ApiErrorDetail,
    status?: number,
  ) {
    super(detail.message);
    this.name = "ApiError";
    this.status = status ?? API_ERROR_STATUS[detail.code];
  }
  get code(): ApiErrorCode {
    return this.detail.code;
  }
  toBody(): ApiErrorBody {
    return { error: this.detail };
  }
}

/** The request never got an answer (offline, DNS, connection refused, aborted): worth retrying later. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(`the server could not be reached (${cause instanceof Error ? cause.message : String(cause)})`, {
      cause,
    });
    this.name = "NetworkError";
  }
}

/** Whether retrying the same request later may succeed: network failures, rate limits and 5xx. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  return false;
}
