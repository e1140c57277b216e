import type { z } from "zod";
import { MAX_BODY_BYTES, MAX_NODES } from "./limits";
import { exportQuerySchema } from "../export/response";
import { planListQuerySchema } from "./plan-schemas";
import { signInQuerySchema } from "./system-schemas";
import { diffQuerySchema } from "./version-schemas";

/**
 * The operations of the REST API for the OpenAPI document (lib/api/openapi.ts): one entry per route and method,
 * naming its request and response schemas by their component id. A route added under app/api/plans or
 * app/api/shared must be listed here (a test checks it).
 */

type Json = Record<string, unknown>;
export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

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

export interface Operation {
  summary: string;
  tag: "plans" | "versions" | "share links" | "shared" | "engine" | "export" | "system" | "session";
  /** Open to anyone (share links, engine, health, sign-in); every other operation needs the owner key. */
  public?: true;
  params?: ("id" | "rev" | "linkId" | "token")[];
  query?: z.ZodObject;
  body?: string | { raw: Json; description: string };
  ok: {
    status: number;
    schema?: string;
    /** A JSON schema written out (e.g. "a result or an array of them") instead of a component id. */
    raw?: Json;
    description: string;
    download?: boolean;
    /** Served as a zip attachment by default; the JSON schema applies with `Accept: application/json`. */
    zip?: boolean;
  };
  errors: ErrorStatus[];
  /** Responses that are neither the success nor an ApiError (e.g. /api/health's 503 body). */
  other?: Record<string, { schema: string; description: string }>;
}

export const PARAMS = {
  id: { description: "Plan id", schema: { type: "string" } },
  rev: { description: "Revision number", schema: { type: "integer", minimum: 1 } },
  linkId: { description: "Share link id", schema: { type: "string" } },
  token: { description: "Share token from the link /s/<token>", schema: { type: "string", minLength: 43 } },
} as const;

const WRITE: ErrorStatus[] = ["400", "404", "409", "413", "422"];

const PLAN_BODY = {
  raw: ref("PlanDocumentInput"),
  description: "A plan document (older schemaVersions are upgraded first); not saved",
};
const EXPORT_OK = {
  status: 200,
  schema: "ExportFiles",
  zip: true,
  download: true,
  description:
    "The bundle (or one target plus README.md) as a zip attachment; with `Accept: application/json`, the files and warnings as JSON",
};

export const PATHS: Record<string, Record<string, Operation>> = {
  "/api/plans": {
    get: {
      summary: "List plans (search, sort, archived)",
      tag: "plans",
      query: planListQuerySchema,
      ok: { status: 200, schema: "PlanList", description: "Plan summaries" },
      errors: ["400"],
    },
    post: {
      summary: "Create a plan",
      tag: "plans",
      body: "CreatePlanBody",
      ok: { status: 201, schema: "CreatedPlan", description: "Created at revision 1" },
      errors: ["400", "413", "422"],
    },
  },
  "/api/plans/import": {
    post: {
      summary: "Import a plan document (any schemaVersion) as a new plan",
      tag: "plans",
      body: {
        raw: ref("PlanDocumentInput"),
        description: "The document itself (older schemaVersions accepted)",
      },
      ok: { status: 201, schema: "CreatedPlan", description: "Created at revision 1" },
      errors: ["400", "413", "422"],
    },
  },
  "/api/plans/{id}": {
    get: {
      summary: "Get a plan with its current document",
      tag: "plans",
      params: ["id"],
      ok: { status: 200, schema: "Plan", description: "The plan" },
      errors: ["404"],
    },
    patch: {
      summary: "Save a new revision (optimistic concurrency on baseRevision)",
      tag: "plans",
      params: ["id"],
      body: "PatchPlanBody",
      ok: { status: 200, schema: "SavedPlan", description: "Saved as a new revision" },
      errors: WRITE,
    },
    delete: {
      summary: "Archive a plan (restorable)",
      tag: "plans",
      params: ["id"],
      ok: { status: 200, schema: "ArchiveState", description: "Archived" },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/restore": {
    post: {
      summary: "Un-archive a plan",
      tag: "plans",
      params: ["id"],
      ok: { status: 200, schema: "ArchiveState", description: "Restored to the list" },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/duplicate": {
    post: {
      summary: "Copy a plan's current document into a new plan",
      tag: "plans",
      params: ["id"],
      body: "DuplicatePlanBody",
      ok: { status: 201, schema: "CreatedPlan", description: "The copy" },
      errors: ["400", "404"],
    },
  },
  "/api/plans/{id}/document": {
    get: {
      summary: "Download the current document as a JSON file",
      tag: "plans",
      params: ["id"],
      ok: {
        status: 200,
        schema: "PlanDocument",
        description: "Content-Disposition: attachment",
        download: true,
      },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/versions": {
    get: {
      summary: "List versions, newest first",
      tag: "versions",
      params: ["id"],
      ok: { status: 200, schema: "VersionList", description: "Versions" },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/versions/{rev}": {
    get: {
      summary: "Get one version with its document",
      tag: "versions",
      params: ["id", "rev"],
      ok: { status: 200, schema: "Version", description: "The version" },
      errors: ["400", "404"],
    },
  },
  "/api/plans/{id}/versions/{rev}/restore": {
    post: {
      summary: "Restore a version as a new revision",
      tag: "versions",
      params: ["id", "rev"],
      body: "RestoreVersionBody",
      ok: { status: 200, schema: "SavedPlan", description: "Saved as a new revision" },
      errors: ["400", "404", "409"],
    },
  },
  "/api/plans/{id}/diff": {
    get: {
      summary: "What changed between two revisions",
      tag: "versions",
      params: ["id"],
      query: diffQuerySchema,
      ok: { status: 200, schema: "Diff", description: "The diff" },
      errors: ["400", "404"],
    },
  },
  "/api/plans/{id}/share-links": {
    post: {
      summary: "Create a share link (the token is returned once)",
      tag: "share links",
      params: ["id"],
      body: "CreateShareLinkBody",
      ok: { status: 201, schema: "CreatedShareLink", description: "The link with its token and URL" },
      errors: ["400", "404"],
    },
    get: {
      summary: "List a plan's share links (without tokens)",
      tag: "share links",
      params: ["id"],
      ok: { status: 200, schema: "ShareLinkList", description: "Links with status" },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/share-links/{linkId}": {
    delete: {
      summary: "Revoke a share link",
      tag: "share links",
      params: ["id", "linkId"],
      ok: { status: 200, schema: "ShareLink", description: "The revoked link" },
      errors: ["404"],
    },
  },
  "/api/plans/{id}/export": {
    get: {
      summary: "Export the plan's deployable bundle (Kustomize, Helm values, compose, monitoring, report)",
      tag: "export",
      params: ["id"],
      query: exportQuerySchema,
      ok: EXPORT_OK,
      errors: ["400", "404"],
    },
  },
  "/api/shared/{token}/export": {
    get: {
      summary: "Export the bundle of a shared plan (view rights suffice)",
      tag: "export",
      public: true,
      params: ["token"],
      query: exportQuerySchema,
      ok: EXPORT_OK,
      errors: ["400", "404", "410", "429"],
    },
  },
  "/api/estimate": {
    post: {
      summary: "Estimate one serving configuration (or a batch): memory fit, TTFT, decode speed, capacity",
      tag: "engine",
      public: true,
      body: {
        raw: { anyOf: [ref("EstimateRequest"), { type: "array", items: ref("EstimateRequest") }] },
        description: "One request, or an array of them (answered in order; a failing item holds `{ error }`)",
      },
      ok: {
        status: 200,
        raw: {
          anyOf: [
            ref("EstimateResult"),
            { type: "array", items: { anyOf: [ref("EstimateResult"), ref("EstimateItemError")] } },
          ],
        },
        description: "The estimate, or one entry per batch item",
      },
      errors: ["400", "413"],
    },
  },
  "/api/evaluate": {
    post: {
      summary:
        "Evaluate a plan document: demand, serving at the SLOs, sizing, storage growth, cost/TCO, findings",
      tag: "engine",
      public: true,
      body: PLAN_BODY,
      ok: { status: 200, schema: "Report", description: "The report the dashboard shows" },
      errors: ["400", "413", "422"],
    },
  },
  "/api/advise": {
    post: {
      summary:
        "Sizing advisor: the cheapest deployment meeting the plan's SLOs and constraints, and the Pareto front",
      tag: "engine",
      public: true,
      body: PLAN_BODY,
      ok: {
        status: 200,
        schema: "AdviseResult",
        description: "Recommendation, options and cloud alternative",
      },
      errors: ["400", "413", "422"],
    },
  },
  "/api/health": {
    get: {
      summary: "Version, database reachable, migrations applied",
      tag: "system",
      public: true,
      ok: { status: 200, schema: "Health", description: "Healthy" },
      errors: [],
      other: {
        "503": { schema: "Health", description: "Degraded: the database is unreachable or not migrated" },
      },
    },
  },
  "/api/openapi.json": {
    get: {
      summary: "This OpenAPI 3.1 document",
      tag: "system",
      public: true,
      ok: { status: 200, raw: { type: "object" }, description: "The OpenAPI document" },
      errors: [],
    },
  },
  "/api/session": {
    get: {
      summary: "Sign in with the one-time link `npm start` prints (sets the owner cookie)",
      tag: "session",
      public: true,
      query: signInQuerySchema,
      ok: { status: 303, description: "To `next` with the owner cookie, or back to /sign-in?error=…" },
      errors: [],
    },
    post: {
      summary: "Sign in with the owner key (the /sign-in form: form fields or JSON `{ key, next }`)",
      tag: "session",
      public: true,
      body: {
        raw: { type: "object", properties: { key: { type: "string" }, next: { type: "string" } } },
        description: "The owner key and where to go next",
      },
      ok: { status: 303, description: "To `next` with the owner cookie, or back to /sign-in?error=…" },
      errors: [],
    },
  },
  "/api/session/sign-out": {
    post: {
      summary: "Sign out (clears the owner cookie)",
      tag: "session",
      public: true,
      ok: { status: 303, description: "To /sign-in" },
      errors: [],
    },
  },
  "/api/shared/{token}": {
    get: {
      summary: "Open the plan a share link points to",
      tag: "shared",
      public: true,
      params: ["token"],
      ok: { status: 200, schema: "SharedPlan", description: "The plan and the link's role" },
      errors: ["404", "410", "429"],
    },
    patch: {
      summary: "Save through an edit link (same body as PATCH /api/plans/{id})",
      tag: "shared",
      public: true,
      params: ["token"],
      body: "PatchPlanBody",
      ok: { status: 200, schema: "SavedPlan", description: "Saved as a new revision" },
      errors: [...WRITE, "403", "410", "429", "503"],
    },
  },
};
