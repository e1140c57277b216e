import { type ApiError } from "../api/errors";
import { guardJsonInput } from "../plan/input-guard";
import { isTransientDbError } from "./db/transaction";
import { ownerAccess } from "./owner-sessions";
import { CorruptPlanError } from "./plans/store";
import { apiError, summarize } from "./request/body";
import { isStateChanging, requireJsonContentType, requireSameOrigin } from "./request/csrf";
import { domainApiError } from "./request/error-map";

export {
  apiError,
  parseQuery,
  parseWith,
  readBodyText,
  readJsonBody,
  readOptionalJsonBody,
} from "./request/body";

/**
 * HTTP plumbing of the route handlers: JSON answers, the error body `{ error: { code, message, issues? } }`, the
 * owner gate with its CSRF checks, and the mapping of domain errors to statuses. Body and query parsing live in
 * lib/server/request/body.ts (shared with the engine's worker threads).
 */

const NO_STORE = { "cache-control": "no-store" };

export function json(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> = {};
  if (error.detail.retryAfterSeconds !== undefined)
    headers["retry-after"] = String(error.detail.retryAfterSeconds);
  return json(error.toBody(), { status: error.status, headers });
}

/** Maps any thrown error to the API error (unexpected ones become a 500 that reveals nothing internal). */
export function toApiError(e: unknown, options: { documentPath?: string } = {}): ApiError {
  const known = domainApiError(e, options.documentPath);
  if (known) return known;
  if (isTransientDbError(e)) {
    return apiError("unavailable", "the database is busy: retry in a moment", { retryAfterSeconds: 1 });
  }
  if (e instanceof CorruptPlanError) {
    console.error(`stackplan: ${e.message}`);
    return apiError("internal_error", `plan ${e.planId} holds a stored document that no longer validates`);
  }
  // Log the error itself, never the request: URLs of shared plans carry their token.
  console.error("stackplan: unexpected error in an API route:", e);
  return apiError("internal_error", "unexpected server error; it has been logged");
}

export interface HandleOptions {
  /** Where the plan document sits in the body (`$.document`, or `$` when the body is the document). */
  documentPath?: string;
  /** The request: its path is checked for control characters (a `%00` in an id must not reach the database). */
  request?: Request;
}

/** 400 when the URL path holds control characters once decoded (route params come from it). */
function checkPath(request: Request): void {
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url).pathname);
  } catch {
    throw apiError("validation_failed", "the URL path is not valid percent-encoding", {
      issues: [{ path: "$", message: "malformed %-escape in the URL path" }],
    });
  }
  const issues = guardJsonInput(path).map((i) => ({ path: "(URL path)", message: i.message }));
  if (issues.length > 0)
    throw apiError("validation_failed", `invalid URL path: ${summarize(issues)}`, { issues });
}

/**
 * Wraps a route handler: whatever it throws becomes the JSON error answer, with validation paths pointing into
 * the request (see HandleOptions).
 */
export async function handle(run: () => Promise<Response>, options: HandleOptions = {}): Promise<Response> {
  try {
    if (options.request) checkPath(options.request);
    return await run();
  } catch (e) {
    return errorResponse(toApiError(e, options));
  }
}

/** Whether the request is the owner's (bearer key or live session cookie). */
export async function isOwner(request: Request): Promise<boolean> {
  return (await ownerAccess(request.headers)) !== null;
}

/**
 * Throws 401 `unauthorized` unless the request is the owner's (lib/server/owner-sessions.ts): the first thing every
 * owner route does, so a share link's holder can never use the owner API (a test calls every non-public route
 * without credentials and expects 401). A state-changing request authenticated by the cookie must also pass the
 * CSRF checks (lib/server/request/csrf.ts); every state-changing request must send its body as JSON.
 */
export async function requireOwner(request: Request): Promise<void> {
  const access = await ownerAccess(request.headers);
  if (!access) {
    throw apiError(
      "unauthorized",
      "this API needs the owner's access: sign in at /sign-in, or send Authorization: Bearer <owner key> (data/owner-key or STACKPLAN_OWNER_KEY)",
    );
  }
  if (isStateChanging(request.method)) {
    if (access === "session") requireSameOrigin(request);
    requireJsonContentType(request);
  }
}

/** handle() for the owner's routes: 401 before anything else runs unless the request is the owner's. */
export function handleOwner(
  request: Request,
  run: () => Promise<Response>,
  options: { documentPath?: string } = {},
): Promise<Response> {
  return handle(
    async () => {
      await requireOwner(request);
      return run();
    },
    { ...options, request },
  );
}

/**
 * The client address for rate limiting. Stackplan's server (lib/server/serve.ts) replaces X-Forwarded-For with
 * the one address TRUST_PROXY resolves (lib/server/trust-proxy.ts) before Next.js sees the request, so the header
 * holds exactly that. (Under a bare `next start` it holds what the client sent, or the socket address Next.js fills
 * in when there is none: the right-most entry is taken, as the nearest hop's.)
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}

export { publicOrigin } from "./origin";

/** Route params of a dynamic segment (Next.js passes them as a promise). */
export type RouteParams<P extends Record<string, string>> = { params: Promise<P> };
