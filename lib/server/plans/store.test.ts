import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTemplate, emptyPlan } from "../../templates";
import { MAX_NODES } from "../../plan/plan-schema";
import { listAudit } from "../audit";
import type { Db } from "../db/client";
import { ConflictError, DocumentInvalidError, NotFoundError, TooManyNodesError } from "../errors";
import { createTestDb, TEST_PROVIDERS, type TestDb } from "../testing/test-db";
import { duplicatePlan, importPlan, setArchived } from "./lifecycle";
import { savePlan } from "./save";
import { CorruptPlanError, createPlan, getPlan, listPlans } from "./store";
import { diffRevisions, getVersion, listVersions, restoreVersion } from "./versions";

/** The storage layer, run once per provider against a real, freshly migrated database. */
describe.each(TEST_PROVIDERS)("plan store on %s", (provider) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => {
    t = await createTestDb(provider);
    db = t.handle.db;
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("creates a plan at revision 1 with its first version and an audit entry", async () => {
    const { id, revision } = await createPlan(
      { name: "Created", document: buildTemplate("minimal") },
      undefined,
      db,
    );
    expect(revision).toBe(1);
    const plan = await getPlan(id, db);
    expect(plan).toMatchObject({ id, name: "Created", revision: 1, archived: false, templateId: "minimal" });
    expect(plan!.document.metadata.name).toBe("Created");
    expect((await listVersions(id, db)).map((v) => v.revision)).toEqual([1]);
    expect((await listAudit(id, db)).map((a) => [a.action, a.actor])).toEqual([["plan.create", "owner"]]);
  });

  it("refuses an invalid document with JSON paths, and too many nodes with the limit and the count", async () => {
    const bad = { ...buildTemplate("minimal"), nodes: [{ id: "x", kind: "nope" }] };
    await expect(createPlan({ document: bad }, undefined, db)).rejects.toSatisfy(
      (e) => e instanceof DocumentInvalidError && e.issues.some((i) => i.path.startsWith("$.nodes[0]")),
    );
    const node = buildTemplate("minimal").nodes[0]!;
    const huge = {
      ...emptyPlan("Huge"),
      nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ ...node, id: `n${i}`, zoneId: null })),
    };
    await expect(createPlan({ document: huge }, undefined, db)).rejects.toSatisfy(
      (e) => e instanceof TooManyNodesError && e.count === MAX_NODES + 1 && e.limit === MAX_NODES,
    );
  });

  it("saves on the right base revision and answers a stale one with a conflict naming the current revision", async () => {
    const doc = buildTemplate("production");
    const { id } = await createPlan({ document: doc }, undefined, db);
    const saved = await savePlan(
      id,
      { baseRevision: 1, document: { ...doc, workload: { ...doc.workload, users: 400 } } },
      undefined,
      db,
    );
    expect(saved.revision).toBe(2);
    const stale = savePlan(id, { baseRevision: 1, document: doc }, undefined, db);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentRevision: 2, baseRevision: 1 });
    const plan = await getPlan(id, db);
    expect(plan!.revision).toBe(2);
    expect(plan!.document.workload.users).toBe(400);
    await expect(
      savePlan("no-such-plan", { baseRevision: 1, document: doc }, undefined, db),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("renames without a document, keeping metadata.name in step", async () => {
    const { id } = await createPlan({ document: buildTemplate("minimal") }, undefined, db);
    const saved = await savePlan(id, { baseRevision: 1, name: "Renamed", message: "rename" }, undefined, db);
    expect(saved.revision).toBe(2);
    const plan = await getPlan(id, db);
    expect(plan).toMatchObject({ name: "Renamed", revision: 2 });
    expect(plan!.document.metadata.name).toBe("Renamed");
    expect((await getVersion(id, 2, db)).message).toBe("rename");
    await expect(savePlan(id, { baseRevision: 1, name: "Late" }, undefined, db)).rejects.toMatchObject({
      currentRevision: 2,
    });
  });

  it("turns a duplicate (planId, revision) into a conflict, never a raw database error", async () => {
    const { id } = await createPlan({ document: buildTemplate("minimal") }, undefined, db);
    // Simulates a writer that got revision 2 in before the plan row moved (the unique index is the backstop).
    await db.planVersion.create({
      data: { id: `rogue-${id}`, planId: id, revision: 2, name: "x", document: "{}", actor: "owner" },
    });
    const attempt = savePlan(id, { baseRevision: 1, document: buildTemplate("minimal") }, undefined, db);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ currentRevision: 1 });
    expect((await getPlan(id, db))!.revision).toBe(1);
  });

  it("upgrades an old stored document on the way out and reports a corrupt one", async () => {
    const { id } = await createPlan({ document: emptyPlan("Old") }, undefined, db);
    const v1 = {
      schemaVersion: 1,
      name: "Old",
      users: 77,
      nodes: [{ id: "pg", type: "postgres", x: 1, y: 2 }],
      edges: [],
    };
    await db.plan.update({ where: { id }, data: { document: JSON.stringify(v1) } });
    const plan = await getPlan(id, db);
    expect(plan!.document.schemaVersion).toBe(2);
    expect(plan!.document.workload.users).toBe(77);
    expect(plan!.document.nodes[0]).toMatchObject({ id: "pg", kind: "postgres" });
    await db.plan.update({ where: { id }, data: { document: JSON.stringify({ schemaVersion: 2 }) } });
    await expect(getPlan(id, db)).rejects.toBeInstanceOf(CorruptPlanError);
    await db.plan.update({ where: { id }, data: { document: JSON.stringify(emptyPlan("Old")) } });
  });

  it("lists with search, sort and the archived filter", async () => {
    const a = await createPlan({ name: "Zeta search-me", document: emptyPlan("x") }, undefined, db);
    const b = await createPlan({ name: "alpha SEARCH-me", document: emptyPlan("x") }, undefined, db);
    await savePlan(a.id, { baseRevision: 1, name: "Zeta search-me" }, undefined, db);
    const byName = await listPlans({ q: "search-ME", sort: "name" }, db);
    expect(byName.map((p) => p.id)).toEqual([b.id, a.id]);
    const byUpdate = await listPlans({ q: "search-me", sort: "updated" }, db);
    expect(byUpdate.map((p) => p.id)).toEqual([a.id, b.id]);
    const byCreation = await listPlans({ q: "search-me", sort: "created" }, db);
    expect(byCreation[0]!.createdAt >= byCreation[1]!.createdAt).toBe(true);
    await setArchived(b.id, true, undefined, db);
    expect((await listPlans({ q: "search-me" }, db)).map((p) => p.id)).toEqual([a.id]);
    expect((await listPlans({ q: "search-me", archived: true }, db)).map((p) => p.id)).toEqual([b.id]);
    await setArchived(b.id, false, undefined, db);
    expect((await listPlans({ q: "search-me" }, db)).length).toBe(2);
    await expect(setArchived("missing", true, undefined, db)).rejects.toBeInstanceOf(NotFoundError);
    const actions = (await listAudit(b.id, db)).map((e) => e.action);
    expect(actions).toEqual(["plan.create", "plan.archive", "plan.unarchive"]);
  });

  it("duplicates the current document into a new plan and imports any schemaVersion", async () => {
    const src = await createPlan({ name: "Source", document: buildTemplate("hybrid") }, undefined, db);
    const copy = await duplicatePlan(src.id, {}, undefined, db);
    const plan = await getPlan(copy.id, db);
    expect(plan).toMatchObject({ name: "Source (copy)", revision: 1, templateId: "hybrid" });
    expect(plan!.document.nodes).toEqual((await getPlan(src.id, db))!.document.nodes);
    const imported = await importPlan(
      { schemaVersion: 1, name: "Legacy", nodes: [], edges: [] },
      undefined,
      db,
    );
    expect(await getPlan(imported.id, db)).toMatchObject({ name: "Legacy", revision: 1 });
    expect((await listAudit(imported.id, db))[0]!.action).toBe("plan.import");
  });

  it("keeps append-only versions, restores one as a new revision and diffs revisions", async () => {
    const doc = buildTemplate("production");
    const { id } = await createPlan({ document: doc }, undefined, db);
    const llm = doc.nodes.findIndex((n) => n.kind === "llm");
    const edited = structuredClone(doc);
    edited.nodes[llm]!.replicas += 1;
    edited.workload.users = 999;
    await savePlan(id, { baseRevision: 1, document: edited, message: "more replicas" }, undefined, db);
    const versions = await listVersions(id, db);
    expect(versions.map((v) => [v.revision, v.message])).toEqual([
      [2, "more replicas"],
      [1, "Created"],
    ]);
    const { diff } = await diffRevisions(id, 1, undefined, db);
    expect(diff.workload).toEqual([{ path: "users", from: doc.workload.users, to: 999 }]);
    expect(diff.nodes.changed).toEqual([
      expect.objectContaining({
        id: doc.nodes[llm]!.id,
        changes: [expect.objectContaining({ path: "replicas" })],
      }),
    ]);
    await expect(restoreVersion(id, 1, { baseRevision: 1 }, undefined, db)).rejects.toMatchObject({
      currentRevision: 2,
    });
    const restored = await restoreVersion(id, 1, { baseRevision: 2 }, undefined, db);
    expect(restored.revision).toBe(3);
    expect((await getPlan(id, db))!.document).toEqual((await getVersion(id, 1, db)).document);
    expect((await getVersion(id, 3, db)).message).toBe("Restored revision 1");
    expect((await diffRevisions(id, 1, 3, db)).diff.identical).toBe(true);
    await expect(getVersion(id, 9, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listVersions("missing", db)).rejects.toBeInstanceOf(NotFoundError);
  });
});
