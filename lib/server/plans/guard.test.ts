import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { LinkGoneError } from "../errors";
import { createTestDb, TEST_PROVIDERS, type TestDb } from "../testing/test-db";
import { savePlan } from "./save";
import { createPlan, getPlan } from "./store";

/**
 * A guard refuses a save inside its write transaction (a share link revoked while the save waited): the save fails
 * with the guard's error and nothing of it is written — also when SQLite committed it in one batch with others.
 */
describe.each(TEST_PROVIDERS)("save guards on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("a refused save writes nothing; saves batched with it still land", async () => {
    const db = t.handle.db;
    const doc = buildTemplate("minimal");
    const refused = await createPlan({ document: doc }, undefined, db);
    const others = await Promise.all([1, 2, 3].map(() => createPlan({ document: doc }, undefined, db)));
    const revoked = new LinkGoneError("revoked", new Date("2026-11-27T12:00:00Z"));
    const results = await Promise.allSettled([
      savePlan(refused.id, { baseRevision: 1, name: "Too late" }, undefined, db, async () => {
        throw revoked;
      }),
      ...others.map((p) => savePlan(p.id, { baseRevision: 1, name: "Saved" }, undefined, db)),
    ]);
    expect(results[0]).toEqual({ status: "rejected", reason: revoked });
    expect(results.slice(1).every((r) => r.status === "fulfilled")).toBe(true);
    expect(await getPlan(refused.id, db)).toMatchObject({ revision: 1, name: doc.metadata.name });
    expect(await db.planVersion.count({ where: { planId: refused.id } })).toBe(1);
    for (const p of others) expect(await getPlan(p.id, db)).toMatchObject({ revision: 2, name: "Saved" });
  });
});
