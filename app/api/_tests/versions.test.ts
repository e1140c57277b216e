import { afterAll, describe, expect, it } from "vitest";
import {
  createdPlanResponseSchema,
  diffResponseSchema,
  versionListResponseSchema,
  versionResponseSchema,
} from "@/lib/api/schemas";
import { evaluate } from "@/lib/engine/evaluate";
import { monthlyRunCostUsd } from "@/lib/engine/headline";
import { buildTemplate } from "@/lib/templates";
import * as plans from "../plans/route";
import * as plan from "../plans/[id]/route";
import * as versions from "../plans/[id]/versions/route";
import * as version from "../plans/[id]/versions/[rev]/route";
import * as restoreVersion from "../plans/[id]/versions/[rev]/restore/route";
import * as diff from "../plans/[id]/diff/route";
import { closeJobPool } from "@/lib/server/jobs/pool";
import { call, setupTestDatabase, type ErrorBody } from "./helpers";

setupTestDatabase();
afterAll(() => closeJobPool());

/** A plan with two revisions: r2 adds a node and raises the users. */
async function planWithHistory() {
  const doc = buildTemplate("minimal");
  const created = createdPlanResponseSchema.parse(
    (await call(plans.POST, { body: { name: "History", document: doc } })).body,
  );
  const extra = { ...doc.nodes.find((n) => n.kind === "redis")!, id: "redis-2", label: "Redis replica" };
  const r2 = { ...doc, workload: { ...doc.workload, users: 123 }, nodes: [...doc.nodes, extra] };
  const saved = await call(plan.PATCH, {
    method: "PATCH",
    params: { id: created.id },
    body: { baseRevision: 1, document: r2, message: "Add a Redis replica" },
  });
  expect(saved.status).toBe(200);
  return { id: created.id, doc };
}

describe("versions", () => {
  it("lists versions newest first with message, actor and time; gets one with its document", async () => {
    const { id, doc } = await planWithHistory();
    const list = versionListResponseSchema.parse((await call(versions.GET, { params: { id } })).body);
    expect(list.versions.map((v) => [v.revision, v.message, v.actor])).toEqual([
      [2, "Add a Redis replica", "owner"],
      [1, "Created", "owner"],
    ]);
    const v1 = versionResponseSchema.parse((await call(version.GET, { params: { id, rev: "1" } })).body);
    expect(v1.document.nodes).toEqual(doc.nodes);
  });

  it("answers unknown plans and revisions with 404 and a malformed revision with 400", async () => {
    const { id } = await planWithHistory();
    expect((await call(versions.GET, { params: { id: "nope" } })).status).toBe(404);
    expect((await call(version.GET, { params: { id, rev: "7" } })).status).toBe(404);
    expect((await call(version.GET, { params: { id: "nope", rev: "1" } })).status).toBe(404);
    const bad = await call<ErrorBody>(version.GET, { params: { id, rev: "one" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues![0]!.path).toBe("$.rev");
  });

  it("restores a version as a new revision, with 409 on a stale base and 400 on a bad body", async () => {
    const { id, doc } = await planWithHistory();
    const stale = await call<ErrorBody>(restoreVersion.POST, {
      params: { id, rev: "1" },
      body: { baseRevision: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentRevision).toBe(2);
    const bad = await call<ErrorBody>(restoreVersion.POST, { params: { id, rev: "1" }, body: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues![0]!.path).toBe("$.baseRevision");
    const missing = await call(restoreVersion.POST, { params: { id, rev: "9" }, body: { baseRevision: 2 } });
    expect(missing.status).toBe(404);
    const ok = await call(restoreVersion.POST, { params: { id, rev: "1" }, body: { baseRevision: 2 } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ revision: 3 });
    const current = (await call<{ document: typeof doc; revision: number }>(plan.GET, { params: { id } }))
      .body;
    expect(current.revision).toBe(3);
    expect(current.document.nodes).toEqual(doc.nodes);
  });

  it("names a version (owner only) and lists the name; 400 naming $.label on a bad body", async () => {
    const { id } = await planWithHistory();
    const named = await call(version.PATCH, {
      method: "PATCH",
      params: { id, rev: "1" },
      body: { label: " sent to customer " },
    });
    expect(named.status).toBe(200);
    expect(named.body).toEqual({ revision: 1, label: "sent to customer" });
    const list = versionListResponseSchema.parse((await call(versions.GET, { params: { id } })).body);
    expect(list.versions.map((v) => [v.revision, v.label])).toEqual([
      [2, ""],
      [1, "sent to customer"],
    ]);
    for (const body of [{}, { label: 7 }, { label: "x".repeat(81) }]) {
      const bad = await call<ErrorBody>(version.PATCH, { method: "PATCH", params: { id, rev: "1" }, body });
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues!.map((i) => i.path)).toContain("$.label");
    }
    const long = await call<ErrorBody>(version.PATCH, {
      method: "PATCH",
      params: { id, rev: "1" },
      body: { label: "x".repeat(81) },
    });
    expect(long.body.error.message).toMatch(/at most 80 characters/);
    const missing = await call(version.PATCH, {
      method: "PATCH",
      params: { id, rev: "9" },
      body: { label: "x" },
    });
    expect(missing.status).toBe(404);
    const visitor = await call(version.PATCH, {
      method: "PATCH",
      params: { id, rev: "1" },
      body: { label: "hijack" },
      anonymous: true,
    });
    expect(visitor.status).toBe(401);
  });

  it("diffs two revisions: added node, changed workload field, key figures", async () => {
    const { id, doc } = await planWithHistory();
    const res = await call(diff.GET, { url: `/api/plans/${id}/diff?from=1&to=2`, params: { id } });
    expect(res.status).toBe(200);
    const body = diffResponseSchema.parse(res.body);
    expect(body).toMatchObject({ planId: id, from: 1, to: 2 });
    expect(body.diff.nodes.added).toEqual([{ id: "redis-2", label: "Redis replica" }]);
    expect(body.diff.workload).toContainEqual({ path: "users", from: 25, to: 123 });
    expect(body.diff.figures).toContainEqual(expect.objectContaining({ key: "nodes", delta: 1 }));
    // The cost of that version: a second Redis and 5× the users cost more per month, in the plan's currency.
    expect(body.cost).toMatchObject({ currency: "USD", usdToCurrencyRate: 1 });
    expect(body.cost.fromMonthlyRunCostUsd).toBe(monthlyRunCostUsd(evaluate(doc)));
    expect(body.cost.fromMonthlyRunCostUsd).toBeGreaterThan(0);
    expect(body.cost.toMonthlyRunCostUsd).toBeGreaterThan(body.cost.fromMonthlyRunCostUsd);
    expect(body.names).toEqual({ nodes: {}, zones: {} });
    const toCurrent = diffResponseSchema.parse(
      (await call(diff.GET, { url: `/api/plans/${id}/diff?from=2`, params: { id } })).body,
    );
    expect(toCurrent.diff.identical).toBe(true);
    const noFrom = await call<ErrorBody>(diff.GET, { url: `/api/plans/${id}/diff`, params: { id } });
    expect(noFrom.status).toBe(400);
    expect(noFrom.body.error.issues![0]!.path).toBe("$.from");
    expect((await call(diff.GET, { url: `/api/plans/${id}/diff?from=1&to=5`, params: { id } })).status).toBe(
      404,
    );
    expect((await call(diff.GET, { url: `/api/plans/x/diff?from=1`, params: { id: "x" } })).status).toBe(404);
  });
});
