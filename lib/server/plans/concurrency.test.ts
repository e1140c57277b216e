import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import type { Db } from "../db/client";
import { ConflictError } from "../errors";
import { createTestDb, TEST_PROVIDERS, type TestDb } from "../testing/test-db";
import { savePlan } from "./save";
import { createPlan, getPlan } from "./store";

const CLIENTS = 50;

function marked(doc: PlanDocument, client: number): PlanDocument {
  return { ...doc, metadata: { ...doc.metadata, description: `client-${client}` } };
}

/**
 * 50 clients saving one plan at the same time. On PostgreSQL they go through 5 separate connection pools — five
 * "app processes" — so the conditional update and the unique index are what keeps them apart, not a JS lock.
 * (SQLite uses one handle: several better-sqlite3 connections in one process would block each other's event loop.)
 */
describe.each(TEST_PROVIDERS)("concurrent saves on %s", (provider) => {
  let t: TestDb;
  let dbs: Db[];
  const doc = buildTemplate("production");
  beforeAll(async () => {
    t = await createTestDb(provider);
    dbs = [t.handle.db];
    if (provider === "postgres") for (let i = 0; i < 4; i++) dbs.push((await t.connect()).db);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  async function versionsOf(planId: string) {
    return t.handle.db.planVersion.findMany({ where: { planId }, orderBy: { revision: "asc" } });
  }

  it("50 saves on the same base revision: exactly one lands, 49 get a conflict naming revision 2", async () => {
    const { id } = await createPlan({ document: doc }, undefined, dbs[0]);
    const results = await Promise.allSettled(
      Array.from({ length: CLIENTS }, (_, i) =>
        savePlan(id, { baseRevision: 1, document: marked(doc, i) }, undefined, dbs[i % dbs.length]),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(CLIENTS - 1);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(ConflictError);
      expect((f.reason as ConflictError).currentRevision).toBe(2);
    }
    const plan = await getPlan(id, dbs[0]);
    expect(plan!.revision).toBe(2);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(plan!.document.metadata.description).toBe(`client-${winner}`);
    expect((await versionsOf(id)).map((v) => v.revision)).toEqual([1, 2]);
  });

  it("50 clients re-basing on conflict until they land: every save is a revision, contiguous, nothing lost", async () => {
    const { id } = await createPlan({ document: doc }, undefined, dbs[0]);
    const landed: { client: number; revision: number }[] = [];
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const db = dbs[client % dbs.length];
        let base = (await getPlan(id, db))!.revision;
        for (let attempt = 0; attempt < 500; attempt++) {
          try {
            const saved = await savePlan(
              id,
              { baseRevision: base, document: marked(doc, client) },
              undefined,
              db,
            );
            landed.push({ client, revision: saved.revision });
            return;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
            conflicts++;
            base = e.currentRevision;
          }
        }
        throw new Error(`client ${client} never landed`);
      }),
    );
    expect(landed).toHaveLength(CLIENTS);
    const plan = await getPlan(id, dbs[0]);
    expect(plan!.revision).toBe(CLIENTS + 1);
    const versions = await versionsOf(id);
    expect(versions.map((v) => v.revision)).toEqual(Array.from({ length: CLIENTS + 1 }, (_, i) => i + 1));
    expect(new Set(landed.map((l) => l.revision)).size).toBe(CLIENTS);
    for (const { client, revision } of landed) {
      const version = versions.find((v) => v.revision === revision)!;
      expect(JSON.parse(version.document).metadata.description).toBe(`client-${client}`);
    }
    expect(versions.at(-1)!.document).toBe(
      (await t.handle.db.plan.findUnique({ where: { id }, select: { document: true } }))!.document,
    );
    // On PostgreSQL the interleaving is real; on SQLite one process serialises the transactions, but the getPlan
    // reads still interleave with saves, so both see conflicts.
    expect(conflicts).toBeGreaterThan(0);
  });

  it("a save that fails in a batch does not fail the saves committed with it", async () => {
    const [a, b, c] = await Promise.all(
      [0, 1, 2].map(() => createPlan({ document: doc }, undefined, dbs[0])),
    );
    // Plan a gets a rogue revision 2, so its next save hits the unique (planId, revision) index.
    await t.handle.db.planVersion.create({
      data: { id: `rogue-${a!.id}`, planId: a!.id, revision: 2, name: "x", document: "{}", actor: "owner" },
    });
    const results = await Promise.allSettled(
      [b!, a!, c!].map((p, i) =>
        savePlan(p.id, { baseRevision: 1, document: marked(doc, i) }, undefined, dbs[0]),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await getPlan(b!.id, dbs[0]))!.revision).toBe(2);
    expect((await getPlan(c!.id, dbs[0]))!.revision).toBe(2);
    expect((await getPlan(a!.id, dbs[0]))!.revision).toBe(1);
  });

  it("groups concurrent saves into shared transactions on SQLite (one fsync for many), one each on PostgreSQL", async () => {
    const plans = await Promise.all(
      Array.from({ length: 20 }, () => createPlan({ document: doc }, undefined, dbs[0])),
    );
    const spy = vi.spyOn(dbs[0]!, "$transaction");
    try {
      const saved = await Promise.all(
        plans.map((p, i) => savePlan(p.id, { baseRevision: 1, document: marked(doc, i) }, undefined, dbs[0])),
      );
      expect(saved.every((s) => s.revision === 2)).toBe(true);
      const versions = await t.handle.db.planVersion.findMany({
        where: { planId: { in: plans.map((p) => p.id) } },
      });
      expect(versions.filter((v) => v.revision === 2)).toHaveLength(plans.length);
      const audits = await t.handle.db.auditLog.findMany({
        where: { planId: { in: plans.map((p) => p.id) }, action: "plan.save" },
      });
      expect(audits).toHaveLength(plans.length);
      if (provider === "sqlite") expect(spy.mock.calls.length).toBeLessThan(plans.length);
      else expect(spy.mock.calls.length).toBe(plans.length);
    } finally {
      spy.mockRestore();
    }
  });
});
