import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { createdPlanResponseSchema, createdShareLinkResponseSchema } from "@/lib/api/schemas";
import { exportFilesResponseSchema } from "@/lib/export/response-schema";
import { exportBundle, type ExportFilesResponse } from "@/lib/export";
import { buildTemplate } from "@/lib/templates";
import { setTokenLookupLimiter, TokenBucketLimiter } from "@/lib/server/rate-limit";
import { call, OWNER_AUTH, setupTestDatabase, type ErrorBody } from "../../../_tests/helpers";
import * as plans from "../../route";
import * as shareLinks from "../share-links/route";
import * as shareLink from "../share-links/[linkId]/route";
import * as sharedExport from "../../../shared/[token]/export/route";
import * as planExport from "./route";

setupTestDatabase();
afterEach(() => setTokenLookupLimiter(null));

async function createPlan(template: "enterprise" | "minimal" = "enterprise") {
  const res = await call(plans.POST, {
    body: { name: `Export ${template}`, document: buildTemplate(template) },
  });
  expect(res.status).toBe(201);
  return createdPlanResponseSchema.parse(res.body).id;
}

/** Calls a handler and keeps the body as bytes (call() decodes text, which would corrupt a zip). */
async function getBytes<P>(
  handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>,
  url: string,
  params: P,
) {
  const response = await handler(new Request(`http://localhost:3000${url}`, { headers: OWNER_AUTH }), {
    params: Promise.resolve(params),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("GET /api/plans/:id/export", () => {
  it("answers the whole bundle as a deterministic zip attachment", async () => {
    const id = await createPlan();
    const url = `/api/plans/${id}/export`;
    const first = await getBytes(planExport.GET, url, { id });
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("content-type")).toBe("application/zip");
    expect(first.response.headers.get("content-disposition")).toBe(
      'attachment; filename="export-enterprise-bundle-production.zip"',
    );
    const again = await getBytes(planExport.GET, url, { id });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const entries = unzipSync(first.bytes);
    const expected = exportBundle({
      ...buildTemplate("enterprise"),
      metadata: { ...buildTemplate("enterprise").metadata, name: "Export enterprise" },
    }).files;
    expect(Object.keys(entries).sort()).toEqual(Object.keys(expected).sort());
    expect(strFromU8(entries["kubernetes/base/components/llm.yaml"]!)).toBe(
      expected["kubernetes/base/components/llm.yaml"],
    );
  });

  it("answers a format's files as JSON with Accept: application/json, for the environment asked", async () => {
    const id = await createPlan("minimal");
    const res = await call<ExportFilesResponse>(planExport.GET, {
      url: `/api/plans/${id}/export?format=helm&environment=staging`,
      params: { id },
      headers: { accept: "application/json" },
    });
    expect(res.status).toBe(200);
    // The answer matches what the OpenAPI document says of it.
    expect(exportFilesResponseSchema.safeParse(res.body).success).toBe(true);
    expect(Object.keys(res.body.files).sort()).toEqual([
      "README.md",
      "helm/values.schema.json",
      "helm/values.yaml",
    ]);
    expect(res.body).toMatchObject({
      format: "helm",
      environment: "staging",
      fileName: "export-minimal-helm-staging.zip",
    });
    expect(res.body.files["helm/values.yaml"]).toContain("environment: staging");
    expect(res.body.warnings.some((w) => w.code === "environment-override")).toBe(true);
  });

  it("answers a narrower format as a zip holding only that target and the README", async () => {
    const id = await createPlan("minimal");
    const { response, bytes } = await getBytes(planExport.GET, `/api/plans/${id}/export?format=compose`, {
      id,
    });
    expect(response.status).toBe(200);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      "README.md",
      "compose/.env.example",
      "compose/docker-compose.yml",
      "monitoring/alerts.rules.yml",
    ]);
  });

  it("400 names a bad query parameter; 404 for an unknown plan", async () => {
    const id = await createPlan("minimal");
    const bad = await call<ErrorBody>(planExport.GET, {
      url: `/api/plans/${id}/export?format=tar`,
      params: { id },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues![0]!.path).toBe("$.format");
    const env = await call<ErrorBody>(planExport.GET, {
      url: `/api/plans/${id}/export?environment=qa`,
      params: { id },
    });
    expect(env.body.error.issues![0]!.path).toBe("$.environment");
    const missing = await call<ErrorBody>(planExport.GET, {
      url: "/api/plans/nope/export",
      params: { id: "nope" },
    });
    expect(missing.status).toBe(404);
  });
});

describe("GET /api/shared/:token/export", () => {
  async function link(role: "view" | "edit") {
    const planId = await createPlan("minimal");
    const res = await call(shareLinks.POST, { params: { id: planId }, body: { role } });
    expect(res.status).toBe(201);
    return { planId, link: createdShareLinkResponseSchema.parse(res.body) };
  }

  it("exports through a view link, the same bytes as the owner's export", async () => {
    const { planId, link: view } = await link("view");
    const shared = await getBytes(sharedExport.GET, `/api/shared/${view.token}/export`, {
      token: view.token,
    });
    expect(shared.response.status).toBe(200);
    const owner = await getBytes(planExport.GET, `/api/plans/${planId}/export`, { id: planId });
    expect(Buffer.from(shared.bytes).equals(Buffer.from(owner.bytes))).toBe(true);
    const json = await call<ExportFilesResponse>(sharedExport.GET, {
      url: `/api/shared/${view.token}/export?format=report`,
      params: { token: view.token },
      headers: { accept: "application/json" },
    });
    expect(Object.keys(json.body.files)).toContain("report/bill-of-materials.csv");
  });

  it("404 for an unknown token, 410 once revoked, 429 above the look-up rate", async () => {
    const unknown = await call<ErrorBody>(sharedExport.GET, { params: { token: "x".repeat(43) } });
    expect(unknown.status).toBe(404);
    const { planId, link: edit } = await link("edit");
    await call(shareLink.DELETE, { method: "DELETE", params: { id: planId, linkId: edit.id } });
    const revoked = await call<ErrorBody>(sharedExport.GET, { params: { token: edit.token } });
    expect(revoked.status).toBe(410);
    expect(revoked.body.error.code).toBe("link_revoked");
    setTokenLookupLimiter(
      new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, now: () => 5_000_000 }),
    );
    const headers = { "x-forwarded-for": "203.0.113.9", accept: "application/json" };
    await call(sharedExport.GET, { params: { token: edit.token }, headers });
    const limited = await call<ErrorBody>(sharedExport.GET, { params: { token: edit.token }, headers });
    expect(limited.status).toBe(429);
  });
});
