import { z } from "zod";
import { ENVIRONMENTS } from "../plan/plan-schema";
import { EXPORT_FORMATS } from "./types";

/**
 * The contract of the export endpoints, in a leaf module (no exporter code): the routes parse the query with it, the
 * API client parses the JSON answer with it, the OpenAPI document describes both from it.
 */

/** Query of the export endpoints: `?format=zip|kustomize|helm|compose|monitoring|report&environment=…`. */
export const exportQuerySchema = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default("zip")
    .describe("Which files: zip = the whole bundle; others one target + README.md"),
  environment: z
    .enum(ENVIRONMENTS)
    .optional()
    .describe("Evaluate and label the bundle for this environment (default: the plan's)"),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The JSON answer (`Accept: application/json`): the files to preview, and what the README says is not expressed. */
export const exportFilesResponseSchema = z
  .object({
    fileName: z.string().describe("The zip's file name"),
    format: z.enum(EXPORT_FORMATS),
    environment: z.enum(ENVIRONMENTS),
    files: z.record(z.string(), z.string()).describe("Path in the bundle → file content"),
    warnings: z.array(
      z
        .object({ code: z.string(), subject: z.string().nullable(), message: z.string() })
        .strict()
        .describe("What the bundle could not express, and why (also listed in its README.md)"),
    ),
  })
  .strict()
  .meta({ id: "ExportFiles" });
export type ExportFilesResponse = z.infer<typeof exportFilesResponseSchema>;
