import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/openapi.json — the OpenAPI 3.1 description of this API, generated from its operations (lib/api). */
export function GET() {
  return Response.json(buildOpenApiDocument());
}
