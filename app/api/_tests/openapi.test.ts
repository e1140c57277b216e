import { describe, expect, it } from "vitest";
import { isPublicPath } from "@/lib/server/owner-access";
import * as openapi from "../openapi.json/route";
import { apiRoutes } from "./routes";

/** Every route.ts under app/api as an OpenAPI path with its exported methods. */
async function routeFiles(): Promise<{ path: string; methods: string[] }[]> {
  // The whole API must be documented: plans, versions, share links, shared plans, exports, engine, health.
  return (await apiRoutes()).map((r) => ({ path: r.path, methods: r.methods.map((m) => m.toLowerCase()) }));
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document covering every route and method, with resolvable references", async () => {
    const res = openapi.GET();
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    const storage = await routeFiles();
    expect(storage.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/api/estimate", "/api/plans/{id}/export"]),
    );
    expect(storage.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(doc.paths).sort()).toEqual(storage.map((r) => r.path).sort());
    for (const route of storage) {
      expect(Object.keys(doc.paths[route.path] ?? {}).sort(), route.path).toEqual(route.methods.sort());
    }
    for (const r of refs(doc)) {
      const id = r.replace("#/components/schemas/", "");
      expect(doc.components.schemas[id], r).toBeDefined();
    }
    expect(doc.paths["/api/plans/{id}"]!.patch!.responses["409"]).toBeDefined();
    expect(doc.paths["/api/shared/{token}"]!.get!.responses["429"]).toMatchObject({
      headers: { "Retry-After": {} },
    });
    const patchBody = doc.components.schemas.PatchPlanBody as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(patchBody.required).toEqual(["baseRevision"]);
    expect(Object.keys(patchBody.properties)).toEqual(["baseRevision", "document", "name", "message"]);
  });

  it("marks exactly the routes the owner gate (proxy.ts) lets through as public; the rest answer 401", async () => {
    const doc = (await openapi.GET().json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      const concrete = path.replace(/\{[^}]+\}/g, "x");
      for (const [method, op] of Object.entries(methods)) {
        const documentedPublic = Array.isArray(op.security) && op.security.length === 0;
        expect(documentedPublic, `${method} ${path}`).toBe(isPublicPath(concrete));
        expect(op.responses["401"] !== undefined, `${method} ${path} 401`).toBe(!documentedPublic);
      }
    }
  });
});
