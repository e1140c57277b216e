import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { listAudit } from "../audit";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { createTestDb, TEST_PROVIDERS, type TestDb } from "../testing/test-db";
import { savePlan } from "./save";
import { createPlan } from "./store";
import { labelVersion } from "./version-labels";
import { getVersion, listVersions } from "./versions";

/** Version labels ("sent to customer"), once per provider against a real, freshly migrated database. */
describe.each(TEST_PROVIDERS)("version labels on %s", (provider) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => {
    t = await createTestDb(provider);
    db = t.handle.db;
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  async function planWithTwoRevisions() {
    const doc = buildTemplate("minimal");
    const { id } = await createPlan({ name: "Labelled", document: doc }, undefined, db);
    await savePlan(id, { baseRevision: 1, name: "Labelled v2" }, undefined, db);
    return id;
  }

  it("stores a trimmed label on one version, lists it, and leaves the revision and the others alone", async () => {
    const id = await planWithTwoRevisions();
    expect(await labelVersion(id, 1, "  sent to customer  ", undefined, db)).toEqual({
      revision: 1,
      label: "sent to customer",
    });
    const versions = await listVersions(id, db);
    expect(versions.map((v) => [v.revision, v.label])).toEqual([
      [2, ""],
      [1, "sent to customer"],
    ]);
    expect((await getVersion(id, 1, db)).label).toBe("sent to customer");
    // Naming is not a save: the plan stays at revision 2 and a save on base 2 still succeeds.
    expect((await savePlan(id, { baseRevision: 2, name: "Labelled v3" }, undefined, db)).revision).toBe(3);
    const audit = await listAudit(id, db);
    expect(audit.some((a) => a.action === "version.label")).toBe(true);
  });

  it("replaces and clears a label; versions saved later start unnamed", async () => {
    const id = await planWithTwoRevisions();
    await labelVersion(id, 2, "draft for review", undefined, db);
    await labelVersion(id, 2, "signed", undefined, db);
    expect((await getVersion(id, 2, db)).label).toBe("signed");
    await labelVersion(id, 2, "", undefined, db);
    expect((await getVersion(id, 2, db)).label).toBe("");
  });

  it("refuses an unknown plan or revision (NotFoundError) and a label over 80 characters", async () => {
    const id = await planWithTwoRevisions();
    await expect(labelVersion("missing-plan", 1, "x", undefined, db)).rejects.toSatisfy(
      (e) => e instanceof NotFoundError && e.entity === "plan",
    );
    await expect(labelVersion(id, 9, "x", undefined, db)).rejects.toSatisfy(
      (e) => e instanceof NotFoundError && e.entity === "version",
    );
    await expect(labelVersion(id, 1, "x".repeat(81), undefined, db)).rejects.toThrow(/at most 80/);
    expect((await getVersion(id, 1, db)).label).toBe("");
  });
});
