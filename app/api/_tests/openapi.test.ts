import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/operations";
import { isPublicPath } from "@/lib/server/owner-access";
import * as openapi from "../openapi.json/route";
import { apiRoutes } from "./routes";

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security?: unknown[]; operationId: string; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, unknown> };
}

async function servedDocument(): Promise<Doc> {
  const res = openapi.GET();
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
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

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe("API operations (lib/api) and route files (app/api)", () => {
  it("pair up one to one: every route file's method has an operation, every operation a route file", async () => {
    const routes = (await apiRoutes()).flatMap((r) => r.methods.map((m) => key(m, r.path)));
    const operations = API_OPERATIONS.map((op) => key(op.method, op.path));
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(new Set(operations).size, "an operation is declared twice").toBe(operations.length);
    expect([...operations].sort()).toEqual([...routes].sort());
  });

  it("name their path parameters exactly as the path does, and have unique operation ids", () => {
    for (const op of API_OPERATIONS) {
      const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(op.params?.shape ?? {}).sort(), op.path).toEqual(inPath);
    }
    const ids = API_OPERATIONS.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (the specification's JSON Schema), with resolvable references", async () => {
    const doc = await servedDocument();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const r of refs(doc)) {
      expect(r.startsWith("#/components/schemas/"), r).toBe(true);
      expect(doc.components.schemas[r.replace("#/components/schemas/", "")], r).toBeDefined();
    }
    // The validator does catch a broken document (so the check above can fail).
    const broken = structuredClone(doc) as unknown as Record<string, Record<string, unknown>>;
    broken.paths!["/api/plans"] = { get: { responses: "none" } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("documents each operation once, under its path and method, with its errors", async () => {
    const doc = await servedDocument();
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => key(m, path)),
    );
    expect(documented.sort()).toEqual(API_OPERATIONS.map((op) => key(op.method, op.path)).sort());
    for (const op of API_OPERATIONS) {
      const documentedOp = doc.paths[op.path]![op.method]!;
      expect(documentedOp.operationId).toBe(op.id);
      for (const status of [String(op.ok.status), ...op.errors, "500"]) {
        expect(documentedOp.responses[status], `${op.id} ${status}`).toBeDefined();
      }
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

  it("shows request bodies on the input side (defaults optional) and answers on the output side", async () => {
    const schemas = (await servedDocument()).components.schemas as Record<string, { required: string[] }>;
    expect(schemas.PlanDocumentInput!.required).toEqual(["schemaVersion", "metadata"]);
    expect(schemas.PlanDocument!.required).toEqual(expect.arrayContaining(["workload", "nodes", "edges"]));
  });

  it("marks exactly the routes the owner gate (proxy.ts) lets through as public; the rest answer 401", async () => {
    const doc = await servedDocument();
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
