import { z } from "zod";
import { adviseResultSchema } from "../engine/advisor/advise-schema";
import { estimateRequestSchema, estimateResultSchema } from "../engine/llm/estimate-schema";
import { reportSchema } from "../engine/report-schema";
import { CURRENT_SCHEMA_VERSION, planSchema } from "../plan/plan-schema";
import { planDiffSchema } from "./diff-schema";
import { apiErrorBodySchema } from "./errors";
import {
  anyPlanDocumentSchema,
  archiveResponseSchema,
  createdPlanResponseSchema,
  createPlanBodySchema,
  duplicatePlanBodySchema,
  patchPlanBodySchema,
  planListResponseSchema,
  planResponseSchema,
  planSummarySchema,
  savedPlanResponseSchema,
} from "./plan-schemas";
import {
  createdShareLinkResponseSchema,
  createShareLinkBodySchema,
  shareLinkListResponseSchema,
  shareLinkSchema,
  sharedPlanResponseSchema,
} from "./share-schemas";
import { ERROR_RESPONSES, PARAMS, PATHS, ref, type ErrorStatus, type Operation } from "./openapi-paths";
import { estimateItemErrorSchema, exportFilesResponseSchema, healthSchema } from "./system-schemas";
import {
  diffResponseSchema,
  restoreVersionBodySchema,
  versionListResponseSchema,
  versionResponseSchema,
  versionSummarySchema,
} from "./version-schemas";

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod schemas the routes parse with
 * (z.toJSONSchema, JSON Schema 2020-12 — OpenAPI 3.1's dialect). Request bodies use the schemas' input side
 * (defaults optional), responses their output side.
 */

const REQUEST_SCHEMAS = {
  CreatePlanBody: createPlanBodySchema,
  PatchPlanBody: patchPlanBodySchema,
  DuplicatePlanBody: duplicatePlanBodySchema,
  RestoreVersionBody: restoreVersionBodySchema,
  CreateShareLinkBody: createShareLinkBodySchema,
  EstimateRequest: estimateRequestSchema,
} as const;

const RESPONSE_SCHEMAS = {
  PlanDocument: planSchema,
  PlanSummary: planSummarySchema,
  PlanList: planListResponseSchema,
  Plan: planResponseSchema,
  CreatedPlan: createdPlanResponseSchema,
  SavedPlan: savedPlanResponseSchema,
  ArchiveState: archiveResponseSchema,
  VersionSummary: versionSummarySchema,
  VersionList: versionListResponseSchema,
  Version: versionResponseSchema,
  PlanDiff: planDiffSchema,
  Diff: diffResponseSchema,
  ShareLink: shareLinkSchema,
  CreatedShareLink: createdShareLinkResponseSchema,
  ShareLinkList: shareLinkListResponseSchema,
  SharedPlan: sharedPlanResponseSchema,
  ApiError: apiErrorBodySchema,
  Report: reportSchema,
  EstimateResult: estimateResultSchema,
  EstimateItemError: estimateItemErrorSchema,
  AdviseResult: adviseResultSchema,
  ExportFiles: exportFilesResponseSchema,
  Health: healthSchema,
} as const;

type Json = Record<string, unknown>;

function components(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ ...RESPONSE_SCHEMAS, ...REQUEST_SCHEMAS })) {
    registry.add(schema, { id });
  }
  const convert = (io: "input" | "output") =>
    z.toJSONSchema(registry, {
      io,
      unrepresentable: "any",
      // The document inside request bodies is any-version JSON (parsed by lib/plan/parse.ts): show the current
      // schema, or an older version identified by its schemaVersion.
      override: (ctx) => {
        if (ctx.zodSchema !== (anyPlanDocumentSchema as unknown)) return;
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Json)[key];
        Object.assign(ctx.jsonSchema, {
          description: `A plan document; schemaVersion ${CURRENT_SCHEMA_VERSION} is validated as is, older ones are upgraded first`,
          anyOf: [
            ref("PlanDocumentInput"),
            {
              type: "object",
              properties: {
                schemaVersion: { type: "integer", minimum: 1, maximum: CURRENT_SCHEMA_VERSION - 1 },
              },
              required: ["schemaVersion"],
            },
          ],
        });
      },
      uri: (id) =>
        io === "input" && id === "PlanDocument"
          ? "#/components/schemas/PlanDocumentInput"
          : `#/components/schemas/${id}`,
    }).schemas;
  const input = convert("input");
  const output = convert("output");
  const clean = (schema: Json | undefined): Json => {
    const { $schema: _s, $id: _i, ...rest } = schema ?? {};
    return rest;
  };
  const out: Record<string, Json> = {};
  for (const id of Object.keys(RESPONSE_SCHEMAS)) out[id] = clean(output[id]);
  for (const id of Object.keys(REQUEST_SCHEMAS)) out[id] = clean(input[id]);
  out.PlanDocumentInput = clean(input.PlanDocument);
  return out;
}

function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const {
      $schema: _s,
      description,
      ...jsonSchema
    } = z.toJSONSchema(field as z.ZodType, {
      io: "input",
      unrepresentable: "any",
    }) as Json;
    return {
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema: jsonSchema,
    };
  });
}

function operation(op: Operation, operationId: string): Json {
  const okSchema = op.ok.schema ? ref(op.ok.schema) : op.ok.raw;
  const responses: Json = {
    [op.ok.status]: {
      description: op.ok.description,
      ...(okSchema && {
        content: {
          ...(op.ok.zip && { "application/zip": { schema: { type: "string", format: "binary" } } }),
          "application/json": { schema: okSchema },
        },
      }),
      ...(op.ok.download && {
        headers: {
          "Content-Disposition": { schema: { type: "string" }, description: "attachment; filename=…" },
        },
      }),
    },
  };
  const errors: ErrorStatus[] = op.public ? op.errors : ["401", ...op.errors];
  for (const status of errors) {
    responses[status] = {
      description: ERROR_RESPONSES[status],
      content: { "application/json": { schema: ref("ApiError") } },
      ...(status === "429" && {
        headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } },
      }),
    };
  }
  for (const [status, other] of Object.entries(op.other ?? {})) {
    responses[status] = {
      description: other.description,
      content: { "application/json": { schema: ref(other.schema) } },
    };
  }
  responses["500"] = {
    description: "Unexpected error",
    content: { "application/json": { schema: ref("ApiError") } },
  };
  return {
    operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.public && { security: [] }),
    parameters: [
      ...(op.params ?? []).map((name) => ({ name, in: "path", required: true, ...PARAMS[name] })),
      ...(op.query ? queryParameters(op.query) : []),
    ],
    ...(op.body && {
      requestBody: {
        required: op.body !== "DuplicatePlanBody",
        description: typeof op.body === "string" ? undefined : op.body.description,
        content: { "application/json": { schema: typeof op.body === "string" ? ref(op.body) : op.body.raw } },
      },
    }),
    responses,
  };
}

const operationIdOf = (method: string, path: string) =>
  method +
  path
    .replace(/^\/api/, "")
    .split("/")
    .filter(Boolean)
    .map((part) => part.replace(/[{}]/g, "").replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()))
    .join("");

let cached: Json | undefined;

/** Builds (once per process) the OpenAPI 3.1 document served at GET /api/openapi.json. */
export function buildOpenApiDocument(): Json {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Stackplan API",
      version: "1.0.0",
      description:
        "Plans, versions, share links, exports and the capacity engine of Stackplan. Every save states the revision " +
        "it is based on and gets 409 with the current revision when someone saved in between. Errors are " +
        "`{ error: { code, message, issues? } }`.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    // Owner operations: the owner key as a bearer token, or the cookie /sign-in sets. Public ones say security: [].
    security: [{ ownerKey: [] }, { ownerCookie: [] }],
    tags: ["plans", "versions", "share links", "shared", "export", "engine", "system", "session"].map(
      (name) => ({
        name,
      }),
    ),
    paths: Object.fromEntries(
      Object.entries(PATHS).map(([path, methods]) => [
        path,
        Object.fromEntries(
          Object.entries(methods).map(([m, op]) => [m, operation(op, operationIdOf(m, path))]),
        ),
      ]),
    ),
    components: {
      schemas: components(),
      securitySchemes: {
        ownerKey: {
          type: "http",
          scheme: "bearer",
          description: "The owner key (data/owner-key or STACKPLAN_OWNER_KEY)",
        },
        ownerCookie: {
          type: "apiKey",
          in: "cookie",
          name: "stackplan_owner",
          description: "Set by /sign-in",
        },
      },
    },
  };
  return cached;
}
