import { diffPlans, type PlanDiff } from "../../plan/diff";
import { diffNames, type DiffNames } from "../../plan/diff-names";
import { restoredMessage } from "../../plan/history-sessions";
import type { PlanDocument } from "../../plan/plan-schema";
import { resolveDb, type Db } from "../db/client";
import { NotFoundError } from "../errors";
import { OWNER, type Actor } from "./actor";
import { commitRevisionWrite } from "./commit-queue";
import { applyRevision, withConflictBackstop, type SaveResult } from "./revision";
import { loadDocument } from "./store";

export interface VersionSummaryRow {
  revision: number;
  name: string;
  message: string;
  /** The user's name for this version ("sent to customer"); "" when unnamed. */
  label: string;
  actor: string;
  createdAt: string;
}

export interface StoredVersion extends VersionSummaryRow {
  document: PlanDocument;
}

async function assertPlanExists(db: Db, planId: string): Promise<{ revision: number }> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { revision: true } });
  if (!plan) throw new NotFoundError("plan", planId);
  return plan;
}

/** A plan's versions, newest first (without documents). */
export async function listVersions(planId: string, dbArg?: Db): Promise<VersionSummaryRow[]> {
  const db = await resolveDb(dbArg);
  await assertPlanExists(db, planId);
  const rows = await db.planVersion.findMany({
    where: { planId },
    orderBy: { revision: "desc" },
    select: { revision: true, name: true, message: true, label: true, actor: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** One version with its document (parsed and upgraded like any stored document). */
export async function getVersion(planId: string, revision: number, dbArg?: Db): Promise<StoredVersion> {
  const db = await resolveDb(dbArg);
  const row = await db.planVersion.findUnique({ where: { planId_revision: { planId, revision } } });
  if (!row) {
    await assertPlanExists(db, planId);
    throw new NotFoundError(
      "version",
      `${planId}@${revision}`,
      `plan "${planId}" has no revision ${revision}`,
    );
  }
  return {
    revision: row.revision,
    name: row.name,
    message: row.message,
    label: row.label,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
    document: loadDocument(planId, row.document),
  };
}

/**
 * Restores an old version by saving its document (and name) as a new revision on top of `baseRevision`: history is
 * append-only, so the revisions in between stay available. Conflicts like any save.
 */
export async function restoreVersion(
  planId: string,
  revision: number,
  input: { baseRevision: number; message?: string },
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<SaveResult> {
  const db = await resolveDb(dbArg);
  const version = await getVersion(planId, revision, db);
  return withConflictBackstop(db, planId, input.baseRevision, () =>
    commitRevisionWrite(db, (tx) =>
      applyRevision(tx, {
        planId,
        baseRevision: input.baseRevision,
        document: version.document,
        name: version.name,
        message: input.message ?? restoredMessage(revision),
        actor,
        action: "version.restore",
        detail: { restoredRevision: revision },
      }),
    ),
  );
}

/** The documents of two revisions: `from`, and `to` (default: the current revision). */
export async function revisionDocuments(
  planId: string,
  from: number,
  to?: number,
  dbArg?: Db,
): Promise<{ from: number; to: number; before: PlanDocument; after: PlanDocument }> {
  const db = await resolveDb(dbArg);
  const target = to ?? (await assertPlanExists(db, planId)).revision;
  const [a, b] = await Promise.all([getVersion(planId, from, db), getVersion(planId, target, db)]);
  return { from, to: target, before: a.document, after: b.document };
}

/** A diff of two documents, with the labels it needs to name the zones and nodes it refers to by id. */
export function describeDiff(
  before: PlanDocument,
  after: PlanDocument,
): { diff: PlanDiff; names: DiffNames } {
  const diff = diffPlans(before, after);
  return { diff, names: diffNames(before, after, diff) };
}

/** What changed from revision `from` to revision `to` (default: the current revision). */
export async function diffRevisions(
  planId: string,
  from: number,
  to?: number,
  dbArg?: Db,
): Promise<{ from: number; to: number; diff: PlanDiff; names: DiffNames }> {
  const pair = await revisionDocuments(planId, from, to, dbArg);
  return { from: pair.from, to: pair.to, ...describeDiff(pair.before, pair.after) };
}
