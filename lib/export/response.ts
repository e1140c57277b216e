import type { PlanDocument } from "../plan/plan-schema";
import { exportBundle, selectFiles } from "./bundle";
import { bundleFileName } from "./file-name";
import type { ExportFilesResponse, ExportQuery } from "./response-schema";
import { zipFiles } from "./zip";

export {
  exportFilesResponseSchema,
  exportQuerySchema,
  type ExportFilesResponse,
  type ExportQuery,
} from "./response-schema";

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
