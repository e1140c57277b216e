import type { z } from "zod";
import { ApiError, apiErrorBodySchema, NetworkError, type ApiErrorCode } from "./errors";
import {
  archiveResponseSchema,
  createdPlanResponseSchema,
  planListResponseSchema,
  planResponseSchema,
  savedPlanResponseSchema,
  type CreatePlanBody,
  type PatchPlanBody,
  type PlanSort,
} from "./plan-schemas";
import {
  createdShareLinkResponseSchema,
  shareLinkListResponseSchema,
  shareLinkSchema,
  sharedPlanResponseSchema,
  type CreateShareLinkBody,
} from "./share-schemas";
import {
  diffResponseSchema,
  versionListResponseSchema,
  versionResponseSchema,
  type RestoreVersionBody,
} from "./version-schemas";

/**
 * Typed fetch client of the REST API, used by the TanStack Query hooks (lib/queries) and the autosave controller.
 * Every response is parsed with its zod schema (a boundary like any other); failures are thrown as ApiError (the
 * server answered with an error body) or NetworkError (no answer: offline, refused, aborted).
 */
export interface ApiClientOptions {
  /** Prefix of every path ("" in the browser: same origin). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

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

export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.baseUrl ?? "";
  const doFetch = (input: string, init?: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);

  async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (e) {
      throw new NetworkError(e);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => "");
    let parsed: z.infer<typeof apiErrorBodySchema> | undefined;
    try {
      parsed = apiErrorBodySchema.parse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    throw new ApiError(
      parsed?.error ?? {
        code: STATUS_CODES[response.status] ?? "internal_error",
        message: `the server answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`,
      },
      response.status,
    );
  }

  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const response = await send(method, path, body, signal);
    let data: unknown;
    try {
      data = await response.json();
    } catch (e) {
      // The connection dropped while the body was read (or it was cut short): as retryable as no answer at all —
      // the autosave retries, and a save that did land comes back as a conflict with our own revision.
      throw new NetworkError(e);
    }
    return schema.parse(data) as z.output<S>;
  }

  const id = encodeURIComponent;

  return {
    listPlans: (query: { q?: string; sort?: PlanSort; archived?: boolean } = {}, signal?: AbortSignal) => {
      const params = new URLSearchParams();
      if (query.q) params.set("q", query.q);
      if (query.sort) params.set("sort", query.sort);
      if (query.archived) params.set("archived", "true");
      const qs = params.toString();
      return call(planListResponseSchema, "GET", `/api/plans${qs ? `?${qs}` : ""}`, undefined, signal);
    },
    getPlan: (planId: string, signal?: AbortSignal) =>
      call(planResponseSchema, "GET", `/api/plans/${id(planId)}`, undefined, signal),
    createPlan: (body: CreatePlanBody) => call(createdPlanResponseSchema, "POST", "/api/plans", body),
    updatePlan: (planId: string, body: PatchPlanBody) =>
      call(savedPlanResponseSchema, "PATCH", `/api/plans/${id(planId)}`, body),
    archivePlan: (planId: string) => call(archiveResponseSchema, "DELETE", `/api/plans/${id(planId)}`),
    restorePlan: (planId: string) => call(archiveResponseSchema, "POST", `/api/plans/${id(planId)}/restore`),
    duplicatePlan: (planId: string, body: { name?: string } = {}) =>
      call(createdPlanResponseSchema, "POST", `/api/plans/${id(planId)}/duplicate`, body),
    importPlan: (document: unknown) => call(createdPlanResponseSchema, "POST", "/api/plans/import", document),
    /** URL of the downloadable JSON file (use as an <a href download>). */
    documentUrl: (planId: string) => `${base}/api/plans/${id(planId)}/document`,
    /** The document file's text and its suggested file name. */
    downloadDocument: async (planId: string) => {
      const response = await send("GET", `/api/plans/${id(planId)}/document`);
      const disposition = response.headers.get("content-disposition") ?? "";
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${planId}.stackplan.json`;
      return { filename, text: await response.text() };
    },
    listVersions: (planId: string, signal?: AbortSignal) =>
      call(versionListResponseSchema, "GET", `/api/plans/${id(planId)}/versions`, undefined, signal),
    getVersion: (planId: string, revision: number, signal?: AbortSignal) =>
      call(versionResponseSchema, "GET", `/api/plans/${id(planId)}/versions/${revision}`, undefined, signal),
    restoreVersion: (planId: string, revision: number, body: RestoreVersionBody) =>
      call(savedPlanResponseSchema, "POST", `/api/plans/${id(planId)}/versions/${revision}/restore`, body),
    diff: (planId: string, from: number, to?: number, signal?: AbortSignal) =>
      call(
        diffResponseSchema,
        "GET",
        `/api/plans/${id(planId)}/diff?from=${from}${to !== undefined ? `&to=${to}` : ""}`,
        undefined,
        signal,
      ),
    listShareLinks: (planId: string, signal?: AbortSignal) =>
      call(shareLinkListResponseSchema, "GET", `/api/plans/${id(planId)}/share-links`, undefined, signal),
    createShareLink: (planId: string, body: CreateShareLinkBody) =>
      call(createdShareLinkResponseSchema, "POST", `/api/plans/${id(planId)}/share-links`, body),
    revokeShareLink: (planId: string, linkId: string) =>
      call(shareLinkSchema, "DELETE", `/api/plans/${id(planId)}/share-links/${id(linkId)}`),
    getShared: (token: string, signal?: AbortSignal) =>
      call(sharedPlanResponseSchema, "GET", `/api/shared/${id(token)}`, undefined, signal),
    updateShared: (token: string, body: PatchPlanBody) =>
      call(savedPlanResponseSchema, "PATCH", `/api/shared/${id(token)}`, body),
    openApi: async (signal?: AbortSignal) =>
      (await (await send("GET", "/api/openapi.json", undefined, signal)).json()) as Record<string, unknown>,
  };
}

/** The same-origin client of the browser app. */
export const api = createApiClient();
