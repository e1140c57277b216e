import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/api/limits";
import { createdPlanResponseSchema, planListResponseSchema, planResponseSchema } from "@/lib/api/schemas";
import { MAX_NODES } from "@/lib/plan/plan-schema";
import { buildTemplate, emptyPlan } from "@/lib/templates";
import * as plans from "../plans/route";
import * as importRoute from "../plans/import/route";
import * as plan from "../plans/[id]/route";
import * as restore from "../plans/[id]/restore/route";
import * as duplicate from "../plans/[id]/duplicate/route";
import * as documentRoute from "../plans/[id]/document/route";
import { call, setupTestDatabase, type ErrorBody } from "./helpers";

setupTestDatabase();

async function create(name: string, document: unknown = buildTemplate("minimal")) {
  const res = await call(plans.POST, { url: "/api/plans", body: { name, document } });
  expect(res.status).toBe(201);
  return createdPlanResponseSchema.parse(res.body);
}

describe("POST /api/plans and GET /api/plans", () => {
  it("creates a plan and lists it with search, sort and the archived toggle", async () => {
    const a = await create("Routes alpha");
    const b = await create("routes BETA");
    const list = await call(plans.GET, { url: "/api/plans?q=ROUTES&sort=name" });
    expect(list.status).toBe(200);
    expect(planListResponseSchema.parse(list.body).plans.map((p) => p.id)).toEqual([a.id, b.id]);
    await call(plan.DELETE, { method: "DELETE", params: { id: b.id } });
    const active = planListResponseSchema.parse((await call(plans.GET, { url: "/api/plans?q=routes" })).body);
    expect(active.plans.map((p) => p.id)).toEqual([a.id]);
    const archived = planListResponseSchema.parse(
      (await call(plans.GET, { url: "/api/plans?q=routes&archived=true" })).body,
    );
    expect(archived.plans.map((p) => p.id)).toEqual([b.id]);
  });

  it("answers a bad query with 400 naming the parameter", async () => {
    const res = await call<ErrorBody>(plans.GET, { url: "/api/plans?sort=size" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues![0]!.path).toBe("$.sort");
  });

  it("answers bad bodies with 400 and JSON paths into the body", async () => {
    const notJson = await call<ErrorBody>(plans.POST, { url: "/api/plans", body: "{nope" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe("invalid_json");

    const noDocument = await call<ErrorBody>(plans.POST, { url: "/api/plans", body: { name: "x" } });
    expect(noDocument.status).toBe(400);
    expect(noDocument.body.error.issues!.map((i) => i.path)).toContain("$.document");

    const doc = buildTemplate("minimal");
    const badNode = { ...doc, nodes: doc.nodes.map((n, i) => (i === 2 ? { ...n, id: "bad id!" } : n)) };
    const invalid = await call<ErrorBody>(plans.POST, { url: "/api/plans", body: { document: badNode } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe("validation_failed");
    expect(invalid.body.error.issues).toContainEqual(
      expect.objectContaining({ path: "$.document.nodes[2].id" }),
    );

    const extra = await call<ErrorBody>(plans.POST, {
      url: "/api/plans",
      body: { document: doc, colour: "red" },
    });
    expect(extra.status).toBe(400);
  });

  it("refuses a body over 2 MiB with 413 before parsing it", async () => {
    const padding = "x".repeat(MAX_BODY_BYTES);
    const res = await call<ErrorBody>(plans.POST, {
      url: "/api/plans",
      body: `{"document": {"metadata": {"name": "${padding}"}}}`,
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "payload_too_large", limit: MAX_BODY_BYTES });
  });

  it("refuses more than the node limit with 422 naming the limit and the count", async () => {
    const node = buildTemplate("minimal").nodes[0]!;
    const nodes = Array.from({ length: MAX_NODES + 5 }, (_, i) => ({ ...node, id: `n${i}`, zoneId: null }));
    const res = await call<ErrorBody>(plans.POST, {
      url: "/api/plans",
      body: { document: { ...emptyPlan("Big"), nodes } },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "too_many_nodes", limit: MAX_NODES, count: MAX_NODES + 5 });
    expect(res.body.error.message).toContain(String(MAX_NODES));
    expect(res.body.error.message).toContain(String(MAX_NODES + 5));
  });
});

describe("GET/PATCH/DELETE /api/plans/:id, restore, duplicate, document", () => {
  it("gets a plan, saves on its revision, and answers a stale save with 409 and the current revision", async () => {
    const { id } = await create("Patch me");
    const got = await call(plan.GET, { params: { id } });
    expect(got.status).toBe(200);
    const current = planResponseSchema.parse(got.body);
    const document = { ...current.document, workload: { ...current.document.workload, users: 42 } };
    const saved = await call(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: 1, document },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ revision: 2 });
    const stale = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: 1, name: "Too late" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", currentRevision: 2 });
    const after = planResponseSchema.parse((await call(plan.GET, { params: { id } })).body);
    expect(after).toMatchObject({ revision: 2, name: "Patch me" });
    expect(after.document.workload.users).toBe(42);
  });

  it("validates PATCH bodies with paths, size and node limits", async () => {
    const { id } = await create("Patch limits");
    const empty = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: 1 },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues![0]!.path).toBe("$.document");
    const badRev = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: "1", name: "x" },
    });
    expect(badRev.body.error.issues![0]!.path).toBe("$.baseRevision");
    // Beyond the 32-bit revision column: a clear 400, not a database error.
    const hugeRev = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: 2_147_483_647, name: "x" },
    });
    expect(hugeRev.status).toBe(400);
    expect(hugeRev.body.error.issues![0]!.path).toBe("$.baseRevision");
    const doc = buildTemplate("minimal");
    const badEdge = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: { baseRevision: 1, document: { ...doc, edges: [{ ...doc.edges[0]!, target: "ghost" }] } },
    });
    expect(badEdge.status).toBe(400);
    expect(badEdge.body.error.issues).toContainEqual(
      expect.objectContaining({ path: "$.document.edges[0].target" }),
    );
    const huge = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: `{"baseRevision":1,"document":${JSON.stringify({ notes: "y".repeat(MAX_BODY_BYTES) })}}`,
    });
    expect(huge.status).toBe(413);
    const node = doc.nodes[0]!;
    const many = await call<ErrorBody>(plan.PATCH, {
      method: "PATCH",
      params: { id },
      body: {
        baseRevision: 1,
        document: {
          ...emptyPlan("x"),
          nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ ...node, id: `n${i}` })),
        },
      },
    });
    expect(many.status).toBe(422);
    expect(many.body.error.count).toBe(MAX_NODES + 1);
  });

  it("answers unknown ids with 404 on every plan route", async () => {
    const params = { id: "does-not-exist" };
    const doc = buildTemplate("minimal");
    const answers = await Promise.all([
      call(plan.GET, { params }),
      call(plan.PATCH, { method: "PATCH", params, body: { baseRevision: 1, document: doc } }),
      call(plan.DELETE, { method: "DELETE", params }),
      call(restore.POST, { method: "POST", params }),
      call(duplicate.POST, { method: "POST", params }),
      call(documentRoute.GET, { params }),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(404);
      expect((a.body as ErrorBody).error.code).toBe("not_found");
    }
  });

  it("archives with DELETE and restores with POST /restore", async () => {
    const { id } = await create("Archive me");
    const archived = await call(plan.DELETE, { method: "DELETE", params: { id } });
    expect(archived.body).toEqual({ id, archived: true });
    expect(planResponseSchema.parse((await call(plan.GET, { params: { id } })).body).archived).toBe(true);
    const restored = await call(restore.POST, { method: "POST", params: { id } });
    expect(restored.body).toEqual({ id, archived: false });
  });

  it("duplicates with an optional body", async () => {
    const { id } = await create("Original");
    const plain = await call(duplicate.POST, { method: "POST", params: { id } });
    expect(plain.status).toBe(201);
    const copy = planResponseSchema.parse(
      (await call(plan.GET, { params: { id: createdPlanResponseSchema.parse(plain.body).id } })).body,
    );
    expect(copy).toMatchObject({ name: "Original (copy)", revision: 1 });
    const named = await call(duplicate.POST, { method: "POST", params: { id }, body: { name: "Variant B" } });
    expect(named.status).toBe(201);
    const bad = await call<ErrorBody>(duplicate.POST, { method: "POST", params: { id }, body: { name: 5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues![0]!.path).toBe("$.name");
  });

  it("downloads the document as a JSON file that imports back into an equal plan", async () => {
    const { id } = await create("Ünïcode plan / export");
    const file = await call(documentRoute.GET, { params: { id } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(
      'attachment; filename="unicode-plan-export-r1.stackplan.json"',
    );
    const imported = await call(importRoute.POST, { url: "/api/plans/import", body: file.body });
    expect(imported.status).toBe(201);
    const copy = planResponseSchema.parse(
      (await call(plan.GET, { params: { id: createdPlanResponseSchema.parse(imported.body).id } })).body,
    );
    expect(copy.document).toEqual(file.body);
  });
});

describe("POST /api/plans/import", () => {
  it("imports a schemaVersion 1 document as a new plan", async () => {
    const v1 = {
      schemaVersion: 1,
      name: "From v1",
      users: 250,
      nodes: [{ id: "db", type: "postgres" }],
      edges: [],
    };
    const res = await call(importRoute.POST, { url: "/api/plans/import", body: v1 });
    expect(res.status).toBe(201);
    const got = planResponseSchema.parse(
      (await call(plan.GET, { params: { id: createdPlanResponseSchema.parse(res.body).id } })).body,
    );
    expect(got.document).toMatchObject({ schemaVersion: 2, workload: { users: 250 } });
    expect(got.name).toBe("From v1");
  });

  it("refuses a future schemaVersion, a non-object and an invalid document with paths from the root", async () => {
    const future = await call<ErrorBody>(importRoute.POST, {
      body: { schemaVersion: 99, metadata: { name: "x" } },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.issues![0]).toMatchObject({ path: "$.schemaVersion" });
    const array = await call<ErrorBody>(importRoute.POST, { body: [1, 2] });
    expect(array.status).toBe(400);
    const doc = buildTemplate("minimal");
    const bad = await call<ErrorBody>(importRoute.POST, {
      body: { ...doc, nodes: doc.nodes.map((n, i) => (i === 2 ? { ...n, id: "" } : n)) },
    });
    expect(bad.body.error.issues).toContainEqual(expect.objectContaining({ path: "$.nodes[2].id" }));
    const node = doc.nodes[0]!;
    const many = await call<ErrorBody>(importRoute.POST, {
      body: {
        ...emptyPlan("x"),
        nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ ...node, id: `n${i}` })),
      },
    });
    expect(many.status).toBe(422);
    const huge = await call<ErrorBody>(importRoute.POST, { body: { notes: "z".repeat(MAX_BODY_BYTES + 1) } });
    expect(huge.status).toBe(413);
  });
});
