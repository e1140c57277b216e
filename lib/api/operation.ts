import type { z } from "zod";
import { MAX_BODY_BYTES, MAX_NODES } from "./limits";

/**
 * One REST operation as a value: method, path, who may call it, its request schemas and its responses. Each is
 * declared once, beside the zod schemas it uses (lib/api/*-schemas.ts); the OpenAPI document (lib/api/openapi.ts)
 * and the fetch client (lib/api/client.ts) are both built from these values, so neither can name a schema, a path or
 * a status the other does not. Route handlers under app/api parse with the same schemas; a test checks that every
 * route file has its operation and every operation its route file.
 */

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export const API_TAGS = [
  "plans",
  "versions",
  "share links",
  "shared",
  "export",
  "engine",
  "system",
  "session",
] as const;
export type ApiTag = (typeof API_TAGS)[number];

/** What each error status means on this API (the body is always ApiError: `{ error: { code, message, … } }`). */
export const ERROR_RESPONSES = {
  "400":
    "Invalid JSON or a body/query that fails validation (`validation_failed`, with `issues[].path` as JSON paths)",
  "401":
    "Not signed in as the owner (`unauthorized`): send `Authorization: Bearer <owner key>` or the sign-in cookie",
  "403": "A view-only share link cannot save (`forbidden`)",
  "404": "Unknown plan, version, link or token (`not_found`)",
  "409": "Someone saved since `baseRevision` (`conflict`, with `currentRevision`)",
  "410": "The share link was revoked (`link_revoked`) or has expired (`link_expired`)",
  "413": `Body larger than ${MAX_BODY_BYTES} bytes (\`payload_too_large\`)`,
  "422": `More than ${MAX_NODES} nodes (\`too_many_nodes\`, with \`limit\` and \`count\`)`,
  "429": "Too many share-token look-ups from this address (`rate_limited`; see Retry-After)",
  "503": "The database is busy or unreachable (`unavailable`); retry",
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** The errors every write of a plan document can meet. */
export const WRITE_ERRORS = ["400", "404", "409", "413", "422"] as const satisfies readonly ErrorStatus[];

export interface ApiOperation {
  /** The operationId, also the name of the client method that calls it (camelCase, unique). */
  id: string;
  method: HttpMethod;
  /** OpenAPI form, `{name}` per path parameter — the route folder `app/api/…/[name]/route.ts`. */
  path: `/api/${string}`;
  /**
   * owner: the owner key (`Authorization: Bearer`) or the sign-in cookie, 401 otherwise; public: anyone (share
   * links carry their own token). proxy.ts enforces it; a test checks the two agree.
   */
  auth: "owner" | "public";
  tag: ApiTag;
  summary: string;
  /** Path parameters, one key per `{name}` in `path`. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: {
    schema: z.ZodType;
    description?: string;
    /** The body may be left out (e.g. duplicate: every field has a default). */
    optional?: true;
    /** Also accepted as an HTML form post (the sign-in form). */
    form?: true;
  };
  ok: {
    status: 200 | 201 | 303;
    description: string;
    /** The JSON body; absent for redirects. */
    schema?: z.ZodType;
    /** Sent as an attachment (Content-Disposition). */
    download?: true;
    /** A zip by default; the JSON schema answers `Accept: application/json`. */
    zip?: true;
    /** The body is a PDF document (no JSON schema). */
    pdf?: true;
  };
  /** Error statuses besides 500 (and 401, implied by `auth: "owner"`). */
  errors: readonly ErrorStatus[];
  /** Answers that are neither the success nor an ApiError (e.g. /api/health's 503 body). */
  other?: Readonly<Record<string, { schema: z.ZodType; description: string }>>;
}

/** Declares an operation, keeping its literal types (the client infers params, body and result from them). */
export const defineOperation = <const Op extends ApiOperation>(op: Op): Op => op;

type Input<S> = S extends z.ZodType ? z.input<S> : never;

/** What a call of the operation takes: its path parameters, query, body (as typed by their schemas) and a signal. */
export type OperationInput<Op extends ApiOperation> = (Op["params"] extends z.ZodType
  ? { params: Input<Op["params"]> }
  : { params?: undefined }) &
  (Op["query"] extends z.ZodType ? { query?: Input<Op["query"]> } : { query?: undefined }) &
  (Op["body"] extends { schema: infer S; optional: true }
    ? { body?: Input<S> }
    : Op["body"] extends { schema: infer S }
      ? { body: Input<S> }
      : { body?: undefined }) & { signal?: AbortSignal };

/** What a successful call returns: the parsed JSON body (its schema's output type). */
export type OperationResult<Op extends ApiOperation> = Op["ok"]["schema"] extends z.ZodType
  ? z.output<Op["ok"]["schema"]>
  : undefined;

/** `/api/plans/{id}` with `{ id: "a b" }` → `/api/plans/a%20b`. Throws when a parameter is missing. */
export function operationPath(op: Pick<ApiOperation, "path">, params: Record<string, unknown> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === "")
      throw new Error(`${op.path}: the path parameter "${name}" is missing`);
    return encodeURIComponent(String(value));
  });
}

/** The query string of a call (`?a=1&b=x`), leaving out undefined values; "" when there is nothing to send. */
export function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
