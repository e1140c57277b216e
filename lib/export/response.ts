import { z } from "zod";
import type { PlanDocument } from "../plan/plan-schema";
import { ENVIRONMENTS } from "../plan/plan-schema";
import { exportBundle, selectFiles } from "./bundle";
import { bundleFileName } from "./file-name";
import { EXPORT_FORMATS } from "./types";
import { zipFiles } from "./zip";

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
export interface ExportFilesResponse {
  fileName: string;
  format: ExportQuery["format"];
  environment: PlanDocument["metadata"]["environment"];
  files: Record<string, string>;
  warnings: { code: string; subject: string | null; message: string }[];
}

function wantsJson(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("application/zip");
}

/**
 * The answer of both export endpoints for a plan document: a zip attachment (default), or the files as JSON when the
 * client asks for application/json. Pure apart from building a Response: the same document gives the same bytes.
 */
export function exportResponse(request: Request, document: PlanDocument, query: ExportQuery): Response {
  const environment = query.environment ?? document.metadata.environment;
  const bundle = exportBundle(document, { environment });
  const files = selectFiles(bundle, query.format);
  const fileName = bundleFileName(document, query.format, environment);
  if (wantsJson(request)) {
    const body: ExportFilesResponse = {
      fileName,
      format: query.format,
      environment,
      files,
      warnings: bundle.warnings,
    };
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  }
  const zip = zipFiles(files);
  return new Response(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-length": String(zip.byteLength),
      "cache-control": "no-store",
    },
  });
}
