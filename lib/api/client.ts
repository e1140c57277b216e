import type { z } from "zod";
import { ApiError, apiErrorBodySchema, NetworkError, type ApiErrorCode } from "./errors";
import {
  exportPlanOperation,
  exportSharedOperation,
  proposalPlanOperation,
  proposalSharedOperation,
  type ExportQuery,
} from "./export-schemas";
import {
  operationPath,
  queryString,
  type ApiOperation,
  type OperationInput,
  type OperationResult,
} from "./operation";
import {
  archivePlanOperation,
  createPlanOperation,
  duplicatePlanOperation,
  getPlanOperation,
  importPlanOperation,
  listPlansOperation,
  restorePlanOperation,
  updatePlanOperation,
  type CreatePlanBody,
  type PatchPlanBody,
  type PlanSort,
} from "./plan-schemas";
import {
  createShareLinkOperation,
  getSharedOperation,
  listShareLinksOperation,
  revokeShareLinkOperation,
  updateSharedOperation,
  type CreateShareLinkBody,
} from "./share-schemas";
import {
  diffOperation,
  getVersionOperation,
  labelVersionOperation,
  listVersionsOperation,
  restoreVersionOperation,
  type LabelVersionBody,
  type RestoreVersionBody,
} from "./version-schemas";

/**
 * The fetch client of the REST API — the only code in the app that calls `fetch` on it. Every call goes through an
 * operation (lib/api/*-schemas.ts): its path and method build the request, its response schema parses the answer
 * (a boundary like any other). Failures are thrown as ApiError (the server answered with an error body) or
 * NetworkError (no answer: offline, refused, aborted).
 *
 * In the browser use the `api` singleton (same origin, the sign-in cookie); elsewhere (scripts, tests) create one
 * with a base URL, a fetch and an `Authorization: Bearer <owner key>` header.
 */
export interface ApiClientOptions {
  /** Prefix of every path ("" in the browser: same origin). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Sent with every request (e.g. the owner key as a bearer token). */
  headers?: Record<string, string>;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Where a bundle comes from: the owner's plan, or a share link (view rights suffice). */
export type ExportSource = { kind: "plan"; planId: string } | { kind: "shared"; token: string };

/** An error code for an error answer without a readable body (a proxy's HTML page, an empty 502…). */
const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: "validation_failed",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  410: "link_revoked",
  413: "payload_too_large",
  422: "too_many_nodes",
  429: "rate_limited",
  503: "unavailable",
};

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let parsed: z.infer<typeof apiErrorBodySchema> | undefined;
  try {
    parsed = apiErrorBodySchema.parse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  return new ApiError(
    parsed?.error ?? {
      code: STATUS_CODES[response.status] ?? "internal_error",
      message: `the server answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`,
    },
    response.status,
  );
}

/** Calls operations: builds the request from the operation and its input, parses the answer with its schema. */
function createRequester(options: ApiClientOptions) {
  const base = options.baseUrl ?? "";
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);

  /** The URL of a call (also usable as a link: `<a href download>`). */
  const urlOf = <Op extends ApiOperation>(op: Op, input: Omit<OperationInput<Op>, "body" | "signal">) =>
    base + operationPath(op, input.params) + queryString(input.query);

  async function request<Op extends ApiOperation>(
    op: Op,
    input: OperationInput<Op>,
  ): Promise<OperationResult<Op>> {
    const { body, signal } = input as { body?: unknown; signal?: AbortSignal };
    let response: Response;
    try {
      response = await doFetch(urlOf(op, input), {
        method: op.method.toUpperCase(),
        headers: {
          accept: "application/json",
          ...(body !== undefined && { "content-type": "application/json" }),
          ...options.headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (e) {
      throw new NetworkError(e);
    }
    if (!response.ok) throw await errorOf(response);
    let data: unknown;
    try {
      data = await response.json();
    } catch (e) {
      // The connection dropped while the body was read (or it was cut short): as retryable as no answer at all —
      // the autosave retries, and a save that did land comes back as a conflict with our own revision.
      throw new NetworkError(e);
    }
    return (op.ok.schema ? op.ok.schema.parse(data) : undefined) as OperationResult<Op>;
  }

  return { request, urlOf };
}

export function createApiClient(options: ApiClientOptions = {}) {
  const { request, urlOf } = createRequester(options);
  const exportCall = (source: ExportSource, query: ExportQuery) =>
    source.kind === "plan"
      ? ([exportPlanOperation, { params: { id: source.planId }, query }] as const)
      : ([exportSharedOperation, { params: { token: source.token }, query }] as const);

  return {
    /** Any operation, by value: `api.request(getPlanOperation, { params: { id } })`. */
    request,
    listPlans: (query: { q?: string; sort?: PlanSort; archived?: boolean } = {}, signal?: AbortSignal) =>
      request(listPlansOperation, {
        query: { q: query.q || undefined, sort: query.sort, archived: query.archived ? "true" : undefined },
        signal,
      }),
    getPlan: (id: string, signal?: AbortSignal) => request(getPlanOperation, { params: { id }, signal }),
    createPlan: (body: CreatePlanBody) => request(createPlanOperation, { body }),
    updatePlan: (id: string, body: PatchPlanBody) => request(updatePlanOperation, { params: { id }, body }),
    archivePlan: (id: string) => request(archivePlanOperation, { params: { id } }),
    restorePlan: (id: string) => request(restorePlanOperation, { params: { id } }),
    duplicatePlan: (id: string, body: { name?: string } = {}) =>
      request(duplicatePlanOperation, { params: { id }, body }),
    /** Any JSON the user picked: the server upgrades older schema versions and answers 400 with JSON paths. */
    importPlan: (document: unknown) =>
      request(importPlanOperation, { body: document as Record<string, unknown> }),
    listVersions: (id: string, signal?: AbortSignal) =>
      request(listVersionsOperation, { params: { id }, signal }),
    getVersion: (id: string, rev: number, signal?: AbortSignal) =>
      request(getVersionOperation, { params: { id, rev }, signal }),
    restoreVersion: (id: string, rev: number, body: RestoreVersionBody) =>
      request(restoreVersionOperation, { params: { id, rev }, body }),
    labelVersion: (id: string, rev: number, body: LabelVersionBody) =>
      request(labelVersionOperation, { params: { id, rev }, body }),
    diff: (id: string, from: number, to?: number, signal?: AbortSignal) =>
      request(diffOperation, { params: { id }, query: { from, to }, signal }),
    listShareLinks: (id: string, signal?: AbortSignal) =>
      request(listShareLinksOperation, { params: { id }, signal }),
    createShareLink: (id: string, body: CreateShareLinkBody) =>
      request(createShareLinkOperation, { params: { id }, body }),
    revokeShareLink: (id: string, linkId: string) =>
      request(revokeShareLinkOperation, { params: { id, linkId } }),
    getShared: (token: string, signal?: AbortSignal) =>
      request(getSharedOperation, { params: { token }, signal }),
    updateShared: (token: string, body: PatchPlanBody) =>
      request(updateSharedOperation, { params: { token }, body }),
    /** The bundle's files as JSON (the export dialog's preview). */
    exportFiles: (source: ExportSource, query: ExportQuery, signal?: AbortSignal) => {
      const [op, input] = exportCall(source, query);
      return request(op, { ...input, signal });
    },
    /** URL of the bundle as a zip attachment (an `<a href download>`; without `Accept: application/json`). */
    exportUrl: (source: ExportSource, query: ExportQuery) => {
      const [op, input] = exportCall(source, query);
      return urlOf(op, input);
    },
    /** The PDF proposal's address (a download link: the browser fetches it, no JSON involved). */
    proposalUrl: (
      source: ExportSource,
      query: { lang?: "en" | "fr"; audience?: "customer" | "engineer" } = {},
    ) =>
      source.kind === "plan"
        ? urlOf(proposalPlanOperation, { params: { id: source.planId }, query })
        : // A link's audience is fixed by the link: the shared route takes no audience.
          urlOf(proposalSharedOperation, { params: { token: source.token }, query: { lang: query.lang } }),
  };
}

/** The same-origin client of the browser app. */
export const api = createApiClient();
