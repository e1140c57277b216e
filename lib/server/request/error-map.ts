import { ApiError } from "../../api/errors";
import {
  ConflictError,
  DocumentInvalidError,
  ForbiddenError,
  InputInvalidError,
  LinkGoneError,
  NotFoundError,
  PublicLimitError,
  RateLimitedError,
  TooManyNodesError,
  UnavailableError,
} from "../errors";
import { apiError, summarize } from "./body";

/** Re-roots document-relative paths (`$.nodes[2]`) under the body field that held the document (`$.document`). */
function rebase(path: string, documentPath: string): string {
  return documentPath === "$" ? path : documentPath + path.slice(1);
}

/**
 * The API error a domain error stands for (lib/server/errors.ts → status and code), or undefined for anything
 * else. Pure: the engine's worker threads map their errors with it too, so a job's failure reads exactly like the
 * same failure on the request thread.
 */
export function domainApiError(e: unknown, documentPath = "$"): ApiError | undefined {
  if (e instanceof ApiError) return e;
  if (e instanceof DocumentInvalidError) {
    const issues = e.issues.map((i) => ({ path: rebase(i.path, documentPath), message: i.message }));
    return apiError("validation_failed", `invalid plan document: ${summarize(issues)}`, { issues });
  }
  if (e instanceof InputInvalidError) {
    return apiError("validation_failed", `invalid request body: ${summarize(e.issues)}`, {
      issues: e.issues,
    });
  }
  if (e instanceof TooManyNodesError) {
    return apiError("too_many_nodes", e.message, { limit: e.limit, count: e.count });
  }
  if (e instanceof ConflictError)
    return apiError("conflict", e.message, { currentRevision: e.currentRevision });
  if (e instanceof NotFoundError) return apiError("not_found", e.message);
  if (e instanceof ForbiddenError) return apiError("forbidden", e.message);
  if (e instanceof LinkGoneError)
    return apiError(e.reason === "revoked" ? "link_revoked" : "link_expired", e.message);
  if (e instanceof RateLimitedError) {
    return apiError("rate_limited", e.message, { retryAfterSeconds: e.retryAfterSeconds });
  }
  if (e instanceof PublicLimitError) {
    return apiError("payload_too_large", e.message, { limit: e.limit, count: e.count });
  }
  if (e instanceof UnavailableError) {
    return apiError(e.code, e.message, { retryAfterSeconds: e.retryAfterSeconds, limit: e.limit });
  }
  return undefined;
}
