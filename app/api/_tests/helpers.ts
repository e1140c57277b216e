import { afterAll, beforeAll } from "vitest";
import { installDb } from "@/lib/server/db/client";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";

/**
 * Integration-test plumbing for the route handlers: a temp SQLite database installed as the process-wide one
 * (lib/server/db/client.ts installDb), and a way to call a handler the way Next.js does.
 */
/** The owner key of route tests: call() sends it unless told the caller is anonymous. */
export const TEST_OWNER_KEY = "route-tests-owner-key-0123456789";
process.env.STACKPLAN_OWNER_KEY = TEST_OWNER_KEY;
export const OWNER_AUTH = { authorization: `Bearer ${TEST_OWNER_KEY}` };

export function setupTestDatabase(): { current: () => TestDb } {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    installDb(t.handle);
  });
  afterAll(async () => {
    installDb(null);
    await t?.cleanup();
  });
  return { current: () => t! };
}

// Route handlers type their params precisely ({ id: string }, …); the helper passes whatever the test gives.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response> | Response;

export interface CallOptions {
  method?: string;
  url?: string;
  params?: Record<string, string>;
  /** A value to send as JSON, or a raw string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Call without the owner key (a visitor, a share link's holder). */
  anonymous?: boolean;
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls a route handler with a real Request (body sent as a stream, like Next.js does). */
export async function call<T = Record<string, unknown>>(
  handler: Handler,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const text =
    options.body === undefined
      ? undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  const request = new Request(`http://localhost:3000${options.url ?? "/"}`, {
    method: options.method ?? (text === undefined ? "GET" : "POST"),
    headers: {
      ...(text !== undefined && { "content-type": "application/json" }),
      ...(!options.anonymous && OWNER_AUTH),
      ...options.headers,
    },
    body: text,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const raw = await response.text();
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** The error part of an error answer. */
export type ErrorBody = {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    currentRevision?: number;
    limit?: number;
    count?: number;
    retryAfterSeconds?: number;
  };
};
