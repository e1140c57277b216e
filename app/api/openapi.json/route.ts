import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/openapi.json — the OpenAPI 3.1 description of this API, generated from the zod schemas. */
export function GET() {
  return Response.json(buildOpenApiDocument());
}
