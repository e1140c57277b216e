import type { PlanDocument } from "../../plan/plan-schema";
import { AUDIT_COLUMNS, auditRow, type AuditAction, type AuditRow } from "../audit";
import type { Db } from "../db/client";
import { isUniqueViolation, type Tx } from "../db/transaction";
import { ConflictError, NotFoundError } from "../errors";
import { newId } from "../ids";
import { actorLabel, type Actor } from "./actor";
import { withName } from "./store";

/**
 * Writing a revision (saves and version restores), in two steps so that the SQLite group commit
 * (commit-queue.ts) can insert the rows of many saves with one statement per table:
 *   1. applyRevision — the conditional UPDATE of the plan row (or a ConflictError / NotFoundError, having written
 *      nothing);
 *   2. insertRevisionRows — the append-only version rows and the audit rows.
 * The statements are raw SQL (quoted identifiers and bound parameters work on both providers) because this is the
 * hottest write path: inside an interactive transaction Prisma's model queries cost ~0.4 ms each against ~0.1 ms
 * raw, time during which SQLite's single writer is held.
 */

/**
 * A guard refused a revision after its plan row was updated: the transaction (a whole SQLite batch, which is then
 * retried save by save) rolls back, and the save fails with `reason`, the guard's own error.
 */
export class RevisionRefused extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "RevisionRefused";
  }
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export interface RevisionInput {
  planId: string;
  baseRevision: number;
  document: PlanDocument;
  name?: string;
  message: string;
  actor: Actor;
  action: AuditAction;
  detail?: Record<string, unknown>;
  /**
   * Checked inside the write transaction, after the plan row is locked: throws to refuse the write (e.g. a share link
   * revoked while the save waited). Throwing rolls the whole transaction back.
   */
  guard?: (tx: Tx) => Promise<void>;
}

type VersionRow = [
  id: string,
  planId: string,
  revision: number,
  name: string,
  document: string,
  message: string,
  actor: string,
  createdAt: Date,
];
const VERSION_COLUMNS = [
  "id",
  "planId",
  "revision",
  "name",
  "document",
  "message",
  "actor",
  "createdAt",
] as const;

/** The rows a revision still has to insert after its UPDATE. */
export interface RevisionRows {
  version: VersionRow;
  audit: AuditRow;
}

export interface AppliedRevision {
  result: SaveResult;
  rows: RevisionRows;
}

/** Step 1: moves the plan row from baseRevision to baseRevision + 1 — only if it is still at baseRevision. */
export async function applyRevision(tx: Tx, input: RevisionInput): Promise<AppliedRevision> {
  const name = (input.name ?? input.document.metadata.name).trim();
  const stored = withName(input.document, name);
  const json = JSON.stringify(stored);
  const revision = input.baseRevision + 1;
  const now = new Date();
  // Write first: on SQLite the transaction takes the write lock with this statement (waiting on busy_timeout)
  // instead of reading under a snapshot that a concurrent writer could invalidate. On PostgreSQL a concurrent
  // writer of the same plan blocks on the row, then re-checks the WHERE and matches nothing.
  const updated = await tx.$executeRaw`UPDATE "Plan"
    SET "revision" = ${revision}, "document" = ${json}, "name" = ${name},
        "description" = ${stored.metadata.description}, "updatedAt" = ${now}
    WHERE "id" = ${input.planId} AND "revision" = ${input.baseRevision}`;
  if (updated !== 1) {
    const current = await tx.plan.findUnique({ where: { id: input.planId }, select: { revision: true } });
    if (!current) throw new NotFoundError("plan", input.planId);
    throw new ConflictError(current.revision, input.baseRevision);
  }
  if (input.guard) {
    try {
      await input.guard(tx);
    } catch (e) {
      // Not a per-save outcome: the UPDATE above already ran, so the whole transaction must roll back.
      throw new RevisionRefused(e);
    }
  }
  const version: VersionRow = [
    newId(12),
    input.planId,
    revision,
    name,
    json,
    input.message,
    actorLabel(input.actor),
    now,
  ];
  const audit = auditRow(
    {
      planId: input.planId,
      actor: input.actor,
      action: input.action,
      detail: { baseRevision: input.baseRevision, revision, message: input.message, ...input.detail },
    },
    now,
  );
  return { result: { revision, updatedAt: now.toISOString() }, rows: { version, audit } };
}

/**
 * Step 2: inserts the versions and audit entries. One revision: portable tagged statements. Several (only the
 * SQLite group commit batches them): one multi-row INSERT per table with SQLite's `?` placeholders.
 */
export async function insertRevisionRows(tx: Tx, rows: RevisionRows[]): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length === 1) {
    const [v, a] = [rows[0]!.version, rows[0]!.audit];
    await tx.$executeRaw`INSERT INTO "PlanVersion"
      ("id", "planId", "revision", "name", "document", "message", "actor", "createdAt")
      VALUES (${v[0]}, ${v[1]}, ${v[2]}, ${v[3]}, ${v[4]}, ${v[5]}, ${v[6]}, ${v[7]})`;
    await tx.$executeRaw`INSERT INTO "AuditLog" ("id", "planId", "actor", "action", "detail", "createdAt")
      VALUES (${a[0]}, ${a[1]}, ${a[2]}, ${a[3]}, ${a[4]}, ${a[5]})`;
    return;
  }
  await insertManySqlite(
    tx,
    "PlanVersion",
    VERSION_COLUMNS,
    rows.map((r) => r.version),
  );
  await insertManySqlite(
    tx,
    "AuditLog",
    AUDIT_COLUMNS,
    rows.map((r) => r.audit),
  );
}

/** `INSERT INTO "table" ("a", "b") VALUES (?, ?), (?, ?)` with bound values (SQLite placeholders). */
async function insertManySqlite(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statement = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${rows
    .map(() => tuple)
    .join(", ")}`;
  await tx.$executeRawUnsafe(statement, ...rows.flat());
}

/** Turns a unique-index violation (another writer took the revision) into a ConflictError with the real revision. */
export async function withConflictBackstop<T>(
  db: Db,
  planId: string,
  baseRevision: number,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const current = await db.plan.findUnique({ where: { id: planId }, select: { revision: true } });
    if (!current) throw new NotFoundError("plan", planId);
    throw new ConflictError(current.revision, baseRevision);
  }
}
