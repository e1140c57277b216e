import { z } from "zod";
import { adviseResultSchema } from "../engine/advisor/advise-schema";
import { estimateRequestSchema, estimateResultSchema } from "../engine/llm/estimate-schema";
import { reportSchema } from "../engine/report-schema";
import { defineOperation } from "./operation";
import { anyPlanDocumentSchema } from "./plan-schemas";

/**
 * The engine endpoints (/api/estimate, /api/evaluate, /api/advise): public, stateless, answering with the engine's
 * own result schemas (lib/engine), named here for the OpenAPI document.
 */

const estimateRequest = estimateRequestSchema.meta({ id: "EstimateRequest" });
const estimateResult = estimateResultSchema.meta({ id: "EstimateResult" });

/** One item of a POST /api/estimate batch that failed (the batch itself never fails as a whole). */
export const estimateItemErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), path: z.string() }) })
  .meta({ id: "EstimateItemError", description: "The error of one batch item" });

/** POST /api/estimate: one request, or an array of them answered in order. */
export const estimateBodySchema = z
  .union([estimateRequest, z.array(estimateRequest)])
  .describe("One request, or an array of them (answered in order; a failing item holds `{ error }`)");

export const estimateResponseSchema = z
  .union([estimateResult, z.array(z.union([estimateResult, estimateItemErrorSchema]))])
  .describe("The estimate, or one entry per batch item");

const PLAN_BODY = {
  schema: anyPlanDocumentSchema,
  description: "A plan document (older schemaVersions are upgraded first); not saved",
};

// Operations -------------------------------------------------------------------------------------------------------

export const estimateOperation = defineOperation({
  id: "estimate",
  method: "post",
  path: "/api/estimate",
  auth: "public",
  tag: "engine",
  summary: "Estimate one serving configuration (or a batch): memory fit, TTFT, decode speed, capacity",
  body: { schema: estimateBodySchema },
  ok: {
    status: 200,
    schema: estimateResponseSchema,
    description: "The estimate, or one entry per batch item",
  },
  errors: ["400", "413"],
});

export const evaluateOperation = defineOperation({
  id: "evaluate",
  method: "post",
  path: "/api/evaluate",
  auth: "public",
  tag: "engine",
  summary:
    "Evaluate a plan document: demand, serving at the SLOs, sizing, storage growth, cost/TCO, findings",
  body: PLAN_BODY,
  ok: {
    status: 200,
    schema: reportSchema.meta({ id: "Report" }),
    description: "The report the dashboard shows",
  },
  errors: ["400", "413", "422"],
});

export const adviseOperation = defineOperation({
  id: "advise",
  method: "post",
  path: "/api/advise",
  auth: "public",
  tag: "engine",
  summary:
    "Sizing advisor: the cheapest deployment meeting the plan's SLOs and constraints, and the Pareto front",
  body: PLAN_BODY,
  ok: {
    status: 200,
    schema: adviseResultSchema.meta({ id: "AdviseResult" }),
    description: "Recommendation, options and cloud alternative",
  },
  errors: ["400", "413", "422"],
});

export const ENGINE_OPERATIONS = [estimateOperation, evaluateOperation, adviseOperation];
