import type { z } from "zod";
import { ApiError, type ApiErrorCode, type ApiIssue } from "../api/errors";
import { MAX_BODY_BYTES } from "../api/limits";
import { zodIssues } from "../plan/json-path";
import { isTransientDbError } from "./db/transaction";
import {
  ConflictError,
  DocumentInvalidError,
  ForbiddenError,
  InputInvalidError,
  LinkGoneError,
  NotFoundError,
  RateLimitedError,
  TooManyNodesError,
} from "./errors";
import { isOwnerRequest, OWNER_COOKIE, ownerKey } from "./owner-access";
import { CorruptPlanError } from "./plans/store";

/**
 * HTTP plumbing of the route handlers: JSON answers, the error body `{ error: { code, message, issues? } }`,
 * size-limited body reading, zod parsing with JSON paths, and the mapping of domain errors to statuses.
 */

const NO_STORE = { "cache-control": "no-store" };

export function json(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: Partial<ApiError["detail"]> = {},
): ApiError {
  return new ApiError({ code, message, ...extra });
}

export function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> = {};
  if (error.detail.retryAfterSeconds !== undefined)
    headers["retry-after"] = String(error.detail.retryAfterSeconds);
  return json(error.toBody(), { status: error.status, headers });
}

/**
 * Reads a request body of at most `maxBytes` (default 2 MiB) as text, counting the raw bytes before anything is
 * parsed: a declared Content-Length above the limit is refused without reading, a chunked body as soon as it
 * crosses the limit.
 */
export async function readBodyText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () =>
    apiError(
      "payload_too_large",
      `the request body exceeds the limit of ${maxBytes} bytes (${Math.round(maxBytes / 1024 / 1024)} MiB): send a smaller document`,
      { limit: maxBytes },
    );
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  // With a Content-Length the HTTP parser delivers exactly that many bytes (checked above): read in one go.
  if (Number.isFinite(declared)) return request.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A size-limited JSON body (see readBodyText); empty or malformed JSON is 400 invalid_json. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), false);
}

/** Like readJsonBody, but an empty body is `{}` (for endpoints whose body is optional). */
export async function readOptionalJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), true);
}

function parseJsonText(text: string, emptyIsObject: boolean): unknown {
  if (text.trim() === "") {
    if (emptyIsObject) return {};
    throw apiError("invalid_json", "the request body is empty: send a JSON object", {
      issues: [{ path: "$", message: "empty body" }],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    throw apiError("invalid_json", `the request body is not valid JSON: ${message}`, {
      issues: [{ path: "$", message }],
    });
  }
}

/** Validates with a zod schema; failures are 400 validation_failed with one JSON path per issue. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what = "request body",
  prefix: PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = zodIssues(result.error, prefix);
  throw apiError("validation_failed", `invalid ${what}: ${summarize(issues)}`, { issues });
}

/** Query string → object (repeated keys: the last wins) parsed with `schema`; issue paths name the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return parseWith(schema, params, "query string");
}

function summarize(issues: ApiIssue[]): string {
  const head = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
  return issues.length > 3 ? `${head} (+${issues.length - 3} more)` : head;
}

/** Re-roots document-relative paths (`$.nodes[2]`) under the body field that held the document (`$.document`). */
function rebase(path: string, documentPath: string): string {
  return documentPath === "$" ? path : documentPath + path.slice(1);
}

/** Maps any thrown error to the API error (unexpected ones become a 500 that reveals nothing internal). */
export function toApiError(e: unknown, options: { documentPath?: string } = {}): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DocumentInvalidError) {
    const issues = e.issues.map((i) => ({
      path: rebase(i.path, options.documentPath ?? "$"),
      message: i.message,
    }));
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

/**
 * Wraps a route handler: whatever it throws becomes the JSON error answer. `documentPath` says where the plan
 * document sits in the body (`$.document`, or `$` when the body is the document) so validation paths point into
 * the request.
 */
export async function handle(
  run: () => Promise<Response>,
  options: { documentPath?: string } = {},
): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    return errorResponse(toApiError(e, options));
  }
}

/** The value of one cookie in a Cookie header (undefined when absent). */
function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim(); // base64url: never encoded
  }
  return undefined;
}

/**
 * Throws 401 `unauthorized` unless the request is the owner's (lib/server/owner-access.ts): the first thing every
 * owner route does, so a share link's holder can never use the owner API (a test calls every non-public route
 * without credentials and expects 401).
 */
export function requireOwner(request: Request): void {
  const owner = isOwnerRequest(
    {
      authorization: request.headers.get("authorization"),
      cookie: cookieValue(request.headers.get("cookie"), OWNER_COOKIE),
    },
    ownerKey(),
  );
  if (!owner) {
    throw apiError(
      "unauthorized",
      "this API needs the owner's access: sign in at /sign-in, or send Authorization: Bearer <owner key> (data/owner-key or STACKPLAN_OWNER_KEY)",
    );
  }
}

/** handle() for the owner's routes: 401 before anything else runs unless the request is the owner's. */
export function handleOwner(
  request: Request,
  run: () => Promise<Response>,
  options: { documentPath?: string } = {},
): Promise<Response> {
  return handle(async () => {
    requireOwner(request);
    return run();
  }, options);
}

/**
 * The client address for rate limiting: the right-most X-Forwarded-For entry — the one added by the nearest proxy,
 * or by Next.js itself from the socket when there is none (it sets the header only when the request lacks it).
 * Behind a reverse proxy, have it set the header (nginx: proxy_set_header X-Forwarded-For $remote_addr) so clients
 * cannot choose their own key.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

export { publicOrigin } from "./origin";

/** Route params of a dynamic segment (Next.js passes them as a promise). */
export type RouteParams<P extends Record<string, string>> = { params: Promise<P> };
