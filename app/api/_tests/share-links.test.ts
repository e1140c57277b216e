import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createdPlanResponseSchema,
  createdShareLinkResponseSchema,
  shareLinkListResponseSchema,
  sharedPlanResponseSchema,
} from "@/lib/api/schemas";
import { buildTemplate } from "@/lib/templates";
import { setTokenLookupLimiter, TokenBucketLimiter } from "@/lib/server/rate-limit";
import { hashToken } from "@/lib/server/share-links";
import * as plans from "../plans/route";
import * as shareLinks from "../plans/[id]/share-links/route";
import * as shareLink from "../plans/[id]/share-links/[linkId]/route";
import * as shared from "../shared/[token]/route";
import { call, setupTestDatabase, type ErrorBody } from "./helpers";

const database = setupTestDatabase();
afterEach(() => setTokenLookupLimiter(null));

async function planAndLink(role: "view" | "edit", extra: Record<string, unknown> = {}) {
  const { id } = createdPlanResponseSchema.parse(
    (await call(plans.POST, { body: { name: "Shared plan", document: buildTemplate("enterprise") } })).body,
  );
  const res = await call(shareLinks.POST, {
    url: `/api/plans/${id}/share-links`,
    params: { id },
    body: { role, ...extra },
    headers: { host: "plans.example.com", "x-forwarded-proto": "https" },
  });
  expect(res.status).toBe(201);
  return { planId: id, link: createdShareLinkResponseSchema.parse(res.body) };
}

const sharedGet = (token: string, ip = "192.0.2.1") =>
  call<ErrorBody>(shared.GET, { params: { token }, headers: { "x-forwarded-for": ip } });
const sharedPatch = (token: string, body: unknown, ip = "192.0.2.1") =>
  call<ErrorBody>(shared.PATCH, {
    method: "PATCH",
    params: { token },
    body,
    headers: { "x-forwarded-for": ip },
  });

describe("share links", () => {
  it("creates a link with its token and URL once, lists links without tokens, revokes", async () => {
    const { planId, link } = await planAndLink("view", { label: "ACME" });
    expect(link.url).toBe(`https://plans.example.com/s/${link.token}`);
    expect(link).toMatchObject({ role: "view", label: "ACME", status: "active", expiresAt: null });
    const list = shareLinkListResponseSchema.parse(
      (await call(shareLinks.GET, { params: { id: planId } })).body,
    );
    expect(list.links).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(link.token);
    const revoked = await call(shareLink.DELETE, {
      method: "DELETE",
      params: { id: planId, linkId: link.id },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: link.id, status: "revoked" });
  });

  it("validates link bodies and answers unknown plans and links with 404", async () => {
    const { planId } = await planAndLink("view");
    const badRole = await call<ErrorBody>(shareLinks.POST, {
      params: { id: planId },
      body: { role: "admin" },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.issues![0]!.path).toBe("$.role");
    const past = await call<ErrorBody>(shareLinks.POST, {
      params: { id: planId },
      body: { role: "view", expiresAt: "2001-01-01T00:00:00Z" },
    });
    expect(past.status).toBe(400);
    expect(past.body.error.issues![0]!.path).toBe("$.expiresAt");
    const notDate = await call<ErrorBody>(shareLinks.POST, {
      params: { id: planId },
      body: { role: "view", expiresAt: "tomorrow" },
    });
    expect(notDate.body.error.issues![0]!.path).toBe("$.expiresAt");
    expect((await call(shareLinks.POST, { params: { id: "nope" }, body: { role: "view" } })).status).toBe(
      404,
    );
    expect((await call(shareLinks.GET, { params: { id: "nope" } })).status).toBe(404);
    expect(
      (await call(shareLink.DELETE, { method: "DELETE", params: { id: planId, linkId: "nope" } })).status,
    ).toBe(404);
    expect(
      (await call(shareLink.DELETE, { method: "DELETE", params: { id: "nope", linkId: "x" } })).status,
    ).toBe(404);
  });
});

describe("GET/PATCH /api/shared/:token", () => {
  it("opens the plan with the link's role; an edit link saves with conflicts like the owner", async () => {
    const { planId, link } = await planAndLink("edit");
    const res = await sharedGet(link.token);
    expect(res.status).toBe(200);
    const body = sharedPlanResponseSchema.parse(res.body);
    expect(body).toMatchObject({ role: "edit", plan: { id: planId, revision: 1 } });
    const document = { ...body.plan.document, workload: { ...body.plan.document.workload, users: 6000 } };
    const saved = await sharedPatch(link.token, { baseRevision: 1, document });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ revision: 2 });
    const stale = await sharedPatch(link.token, { baseRevision: 1, document });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", currentRevision: 2 });
    const invalid = await sharedPatch(link.token, { baseRevision: 2, document: { ...document, nodes: "x" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues![0]!.path).toBe("$.document.nodes");
  });

  it("refuses writes through a view link with 403", async () => {
    const { link } = await planAndLink("view");
    const res = await sharedPatch(link.token, { baseRevision: 1, name: "Hijack" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("answers revoked and expired links with 410 saying which, unknown tokens with 404", async () => {
    const { planId, link } = await planAndLink("edit");
    await call(shareLink.DELETE, { method: "DELETE", params: { id: planId, linkId: link.id } });
    const revoked = await sharedGet(link.token);
    expect(revoked.status).toBe(410);
    expect(revoked.body.error.code).toBe("link_revoked");
    expect((await sharedPatch(link.token, { baseRevision: 1, name: "x" })).status).toBe(410);

    const expiring = await planAndLink("view", { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await database.current().handle.db.shareLink.update({
      where: { id: expiring.link.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const expired = await sharedGet(expiring.link.token);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe("link_expired");
    const list = shareLinkListResponseSchema.parse(
      (await call(shareLinks.GET, { params: { id: expiring.planId } })).body,
    );
    expect(list.links[0]!.status).toBe("expired");

    expect((await sharedGet("x".repeat(43))).status).toBe(404);
    expect((await sharedGet("not-a-token")).status).toBe(404);
  });

  it("rate-limits token look-ups per client IP with 429 and Retry-After", async () => {
    // A frozen clock: the bucket does not refill during the test.
    setTokenLookupLimiter(
      new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5, now: () => 1_000_000 }),
    );
    const { link } = await planAndLink("view");
    for (let i = 0; i < 3; i++) expect((await sharedGet(link.token, "198.51.100.7")).status).toBe(200);
    const limited = await sharedGet(link.token, "198.51.100.7");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body.error).toMatchObject({ code: "rate_limited", retryAfterSeconds: 2 });
    // Unknown tokens count too (guessing is what the limit is for), and so do writes.
    expect((await sharedGet("y".repeat(43), "198.51.100.7")).status).toBe(429);
    expect((await sharedPatch(link.token, { baseRevision: 1, name: "x" }, "198.51.100.7")).status).toBe(429);
    // Another client is not affected; the right-most X-Forwarded-For entry is the one that counts.
    expect((await sharedGet(link.token, "198.51.100.7, 203.0.113.9")).status).toBe(200);
  });

  it("never stores or logs a token in clear", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const { planId, link } = await planAndLink("edit");
      await sharedGet(link.token);
      await sharedPatch(link.token, { baseRevision: 1, name: "Renamed via link" });
      await sharedPatch(link.token, { baseRevision: 1, name: "Conflict via link" });
      await sharedPatch(link.token, "{broken");
      await call(shareLink.DELETE, { method: "DELETE", params: { id: planId, linkId: link.id } });
      await sharedGet(link.token);

      const db = database.current().handle.db;
      const tables = await Promise.all([
        db.shareLink.findMany(),
        db.auditLog.findMany(),
        db.planVersion.findMany({ select: { actor: true, message: true } }),
        db.plan.findMany({ select: { name: true, description: true } }),
      ]);
      const dump = JSON.stringify(tables);
      expect(dump).not.toContain(link.token);
      expect(dump).toContain(hashToken(link.token));
      const audit = tables[1].filter((a) => a.planId === planId);
      expect(audit.map((a) => a.action)).toEqual([
        "plan.create",
        "share.create",
        "plan.save",
        "share.revoke",
      ]);
      expect(audit.find((a) => a.action === "plan.save")!.actor).toBe(`link:${link.id}`);
      for (const a of audit) expect(a.detail).not.toContain(link.token);

      const logged = spies.flatMap((s) =>
        s.mock.calls.flat().map((arg) => String(arg instanceof Error ? arg.stack : JSON.stringify(arg))),
      );
      for (const line of logged) expect(line).not.toContain(link.token);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
