import type { z } from "zod";
import { ApiError, type ApiErrorCode, type ApiIssue } from "../../api/errors";
import { MAX_BODY_BYTES } from "../../api/limits";
import { guardJsonInput } from "../../plan/input-guard";
import { zodIssues } from "../../plan/json-path";

/**
 * Request input of the route handlers, free of database and framework code (the engine's worker threads use it
 * too): size-limited body reading, JSON parsing with the input guard (lib/plan/input-guard.ts), zod parsing with
 * JSON paths.
 */

export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: Partial<ApiError["detail"]> = {},
): ApiError {
  return new ApiError({ code, message, ...extra });
}

/** "a: x; b: y (+3 more)": the first issues of a list, for a one-line message. */
export function summarize(issues: ApiIssue[]): string {
  const head = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
  return issues.length > 3 ? `${head} (+${issues.length - 3} more)` : head;
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
      `the request body exceeds the limit of ${maxBytes} bytes (${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MiB): send a smaller document`,
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

/**
 * JSON text → value. Empty text is 400 invalid_json (or `{}` when `emptyIsObject`); malformed JSON is 400
 * invalid_json; hostile content (control characters, null list items, prototype-member ids) is 400
 * validation_failed naming each field.
 */
export function parseJsonText(text: string, emptyIsObject = false): unknown {
  if (text.trim() === "") {
    if (emptyIsObject) return {};
    throw apiError("invalid_json", "the request body is empty: send a JSON object", {
      issues: [{ path: "$", message: "empty body" }],
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    throw apiError("invalid_json", `the request body is not valid JSON: ${message}`, {
      issues: [{ path: "$", message }],
    });
  }
  const issues = guardJsonInput(value);
  if (issues.length > 0)
    throw apiError("validation_failed", `invalid request body: ${summarize(issues)}`, { issues });
  return value;
}

/** A size-limited JSON body (see readBodyText and parseJsonText). */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), false);
}

/** Like readJsonBody, but an empty body is `{}` (for endpoints whose body is optional). */
export async function readOptionalJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), true);
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

/**
 * Query string → object (repeated keys: the last wins) parsed with `schema`; issue paths name the parameter.
 * Control characters are refused like in bodies (a search for "\0" must not reach PostgreSQL).
 */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const issues = guardJsonInput(params);
  if (issues.length > 0)
    throw apiError("validation_failed", `invalid query string: ${summarize(issues)}`, { issues });
  return parseWith(schema, params, "query string");
}
