import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTemplate } from "../templates";
import { listAudit } from "./audit";
import type { Db } from "./db/client";
import { ForbiddenError, InputInvalidError, LinkGoneError, NotFoundError } from "./errors";
import { createPlan, getPlan } from "./plans/store";
import {
  createShareLink,
  hashToken,
  listShareLinks,
  resolveShareToken,
  revokeShareLink,
} from "./share-links";
import { loadSharedPlan, loadSharedPlanJson, saveSharedPlan } from "./shared-plan";
import { createTestDb, TEST_PROVIDERS, type TestDb } from "./testing/test-db";

describe.each(TEST_PROVIDERS)("share links on %s", (provider) => {
  let t: TestDb;
  let db: Db;
  let planId: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    db = t.handle.db;
    planId = (await createPlan({ document: buildTemplate("enterprise") }, undefined, db)).id;
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("creates a 256-bit token, stores only its SHA-256 and never writes it to the audit log", async () => {
    const { link, token } = await createShareLink(planId, { role: "view" }, undefined, db);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.shareLink.findMany({ where: { planId } });
    const row = rows.find((r) => r.id === link.id)!;
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify([rows, await db.auditLog.findMany(), await db.planVersion.findMany()]);
    expect(everything).not.toContain(token);
    expect((await listAudit(planId, db)).find((a) => a.action === "share.create")!.detail).toEqual({
      linkId: link.id,
      role: "view",
      expiresAt: null,
    });
  });

  it("keeps a link's name, audience and points to review (edit links always open the designer)", async () => {
    const keys = ["single-point-of-failure:node:api"];
    const customer = await createShareLink(
      planId,
      { role: "view", label: "Groupe Durand — RFP v2", reviewFindings: keys },
      undefined,
      db,
    );
    expect(customer.link).toMatchObject({
      audience: "customer",
      label: "Groupe Durand — RFP v2",
      reviewFindings: keys,
    });
    const shared = await loadSharedPlan(customer.token, db);
    expect(shared).toMatchObject({
      audience: "customer",
      name: "Groupe Durand — RFP v2",
      reviewFindings: keys,
    });
    expect(JSON.parse(await loadSharedPlanJson(customer.token, db))).toMatchObject({ audience: "customer" });
    const engineer = await createShareLink(planId, { role: "view", audience: "engineer" }, undefined, db);
    expect((await loadSharedPlan(engineer.token, db)).audience).toBe("engineer");
    const edit = await createShareLink(planId, { role: "edit", audience: "customer" }, undefined, db);
    expect((await loadSharedPlan(edit.token, db)).audience).toBe("engineer");
    const listed = await listShareLinks(planId, db);
    expect(listed.find((l) => l.id === customer.link.id)!.reviewFindings).toEqual(keys);
  });

  it("opens the plan by token, records the use, and lists links without tokens", async () => {
    const { link, token } = await createShareLink(planId, { role: "edit", label: "Customer" }, undefined, db);
    const shared = await loadSharedPlan(token, db);
    expect(shared.role).toBe("edit");
    // The API's pre-serialised answer is the same content.
    expect(JSON.parse(await loadSharedPlanJson(token, db))).toEqual(JSON.parse(JSON.stringify(shared)));
    expect(shared.plan.id).toBe(planId);
    expect(shared.plan.document.metadata.templateId).toBe("enterprise");
    const listed = (await listShareLinks(planId, db)).find((l) => l.id === link.id)!;
    expect(listed).toMatchObject({ role: "edit", label: "Customer", status: "active" });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(Object.keys(listed)).not.toContain("token");
    expect(Object.keys(listed)).not.toContain("tokenHash");
  });

  it("saves through an edit link as that link, and refuses a view link", async () => {
    const edit = await createShareLink(planId, { role: "edit" }, undefined, db);
    const view = await createShareLink(planId, { role: "view" }, undefined, db);
    const { revision } = (await getPlan(planId, db))!;
    const before = await loadSharedPlan(view.token, db);
    const saved = await saveSharedPlan(edit.token, { baseRevision: revision, name: "Via link" }, db);
    expect(saved.revision).toBe(revision + 1);
    // Readers see the new revision at once (the parsed-document cache is keyed by revision).
    const after = await loadSharedPlan(view.token, db);
    expect(after.plan).toMatchObject({ revision: revision + 1, name: "Via link" });
    expect(after.plan.document.metadata.name).toBe("Via link");
    expect(before.plan.document.metadata.name).not.toBe("Via link");
    const audit = (await listAudit(planId, db)).at(-1)!;
    expect(audit).toMatchObject({ action: "plan.save", actor: `link:${edit.link.id}` });
    expect(JSON.stringify(audit)).not.toContain(edit.token);
    await expect(
      saveSharedPlan(view.token, { baseRevision: saved.revision, name: "No" }, db),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers revoked and expired links with which of the two, unknown tokens with not found", async () => {
    const { link, token } = await createShareLink(planId, { role: "view" }, undefined, db);
    const revoked = await revokeShareLink(planId, link.id, undefined, db);
    expect(revoked.status).toBe("revoked");
    await expect(resolveShareToken(token, db)).rejects.toMatchObject({ reason: "revoked" });
    // Revoking twice keeps the first date.
    expect((await revokeShareLink(planId, link.id, undefined, db)).revokedAt).toBe(revoked.revokedAt);

    const soon = await createShareLink(
      planId,
      { role: "view", expiresAt: new Date(Date.now() + 60_000) },
      undefined,
      db,
    );
    await db.shareLink.update({
      where: { id: soon.link.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resolveShareToken(soon.token, db)).rejects.toSatisfy(
      (e) => e instanceof LinkGoneError && e.reason === "expired",
    );
    expect((await listShareLinks(planId, db)).find((l) => l.id === soon.link.id)!.status).toBe("expired");

    await expect(resolveShareToken("A".repeat(43), db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveShareToken("short", db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeShareLink(planId, "missing", undefined, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createShareLink(planId, { role: "view", expiresAt: new Date(Date.now() - 1) }, undefined, db),
    ).rejects.toBeInstanceOf(InputInvalidError);
    await expect(createShareLink("missing", { role: "view" }, undefined, db)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("stops working while the plan is archived", async () => {
    const other = (await createPlan({ document: buildTemplate("minimal") }, undefined, db)).id;
    const { token } = await createShareLink(other, { role: "view" }, undefined, db);
    await db.plan.update({ where: { id: other }, data: { archived: true } });
    await expect(loadSharedPlan(token, db)).rejects.toBeInstanceOf(NotFoundError);
    await db.plan.update({ where: { id: other }, data: { archived: false } });
    expect((await loadSharedPlan(token, db)).plan.id).toBe(other);
  });
});
