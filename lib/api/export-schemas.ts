import { proposalQuerySchema } from "../export/pdf/query";
import { exportFilesResponseSchema, exportQuerySchema } from "../export/response-schema";
import { defineOperation } from "./operation";
import { planParamsSchema } from "./plan-schemas";
import { sharedParamsSchema } from "./share-schemas";

/**
 * The export endpoints: the bundle as a zip attachment, or its files as JSON (`Accept: application/json`, what the
 * export dialog previews). Query and answer schemas live with the exporter (lib/export/response-schema.ts).
 */

export { exportFilesResponseSchema, exportQuerySchema };
export type { ExportFilesResponse, ExportQuery } from "../export/response-schema";

const EXPORT_OK = {
  status: 200,
  schema: exportFilesResponseSchema,
  zip: true,
  download: true,
  description:
    "The bundle (or one target plus README.md) as a zip attachment; with `Accept: application/json`, the files and warnings as JSON",
} as const;

export const exportPlanOperation = defineOperation({
  id: "exportPlan",
  method: "get",
  path: "/api/plans/{id}/export",
  auth: "owner",
  tag: "export",
  summary: "Export the plan's deployable bundle (Kustomize, Helm values, compose, monitoring, report)",
  params: planParamsSchema,
  query: exportQuerySchema,
  ok: EXPORT_OK,
  errors: ["400", "404"],
});

export const exportSharedOperation = defineOperation({
  id: "exportShared",
  method: "get",
  path: "/api/shared/{token}/export",
  auth: "public",
  tag: "export",
  summary: "Export the bundle of a shared plan (view rights suffice)",
  params: sharedParamsSchema,
  query: exportQuerySchema,
  ok: EXPORT_OK,
  errors: ["400", "404", "410", "429"],
});

const PROPOSAL_OK = {
  status: 200,
  pdf: true,
  download: true,
  description: "The PDF proposal (A4, the plan's language and currency) as an attachment",
} as const;

export const proposalPlanOperation = defineOperation({
  id: "proposalPlan",
  method: "get",
  path: "/api/plans/{id}/proposal.pdf",
  auth: "owner",
  tag: "export",
  summary: "The plan's PDF proposal: cover, summary, diagram, sizing, cost and TCO, scenarios, assumptions",
  params: planParamsSchema,
  query: proposalQuerySchema,
  ok: PROPOSAL_OK,
  errors: ["400", "404"],
});

export const proposalSharedOperation = defineOperation({
  id: "proposalShared",
  method: "get",
  path: "/api/shared/{token}/proposal.pdf",
  auth: "public",
  tag: "export",
  summary:
    "The PDF proposal of a shared plan, for the link's audience (a customer link never gets the findings)",
  params: sharedParamsSchema,
  query: proposalQuerySchema.omit({ audience: true }),
  ok: PROPOSAL_OK,
  errors: ["400", "404", "410", "429"],
});

export const EXPORT_OPERATIONS = [
  exportPlanOperation,
  exportSharedOperation,
  proposalPlanOperation,
  proposalSharedOperation,
];
