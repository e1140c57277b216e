import { resolveDb, type Db } from "./db/client";
import type { Tx } from "./db/transaction";
import { newId } from "./ids";
import { actorLabel, type Actor } from "./plans/actor";

export type AuditAction =
  | "plan.create"
  | "plan.import"
  | "plan.duplicate"
  | "plan.save"
  | "plan.archive"
  | "plan.unarchive"
  | "version.restore"
  | "version.label"
  | "share.create"
  | "share.revoke";

/** Keys that must never reach the audit log (secrets are identified by link id, never by token). */
const FORBIDDEN_DETAIL_KEYS = /token|secret|password/i;

export interface AuditInput {
  planId: string | null;
  actor: Actor;
  action: AuditAction;
  detail?: Record<string, unknown>;
}

/** One audit row's values, in the column order of AUDIT_COLUMNS. */
export type AuditRow = [
  id: string,
  planId: string | null,
  actor: string,
  action: string,
  detail: string,
  createdAt: Date,
];
export const AUDIT_COLUMNS = ["id", "planId", "actor", "action", "detail", "createdAt"] as const;

/**
 * The values of one audit row (the group commit of saves inserts many with one statement). Refuses detail keys
 * that look like secrets.
 */
export function auditRow(entry: AuditInput, at: Date = new Date()): AuditRow {
  const detail = entry.detail ?? {};
  for (const key of Object.keys(detail)) {
    if (FORBIDDEN_DETAIL_KEYS.test(key)) throw new Error(`audit detail must not hold "${key}"`);
  }
  return [newId(12), entry.planId, actorLabel(entry.actor), entry.action, JSON.stringify(detail), at];
}

/**
 * Appends an audit entry (who: "owner" or "link:<id>"; what: the action and a small JSON detail; when: now) inside
 * the caller's transaction, so the log holds exactly the writes that committed.
 */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  const [id, planId, actor, action, detail, at] = auditRow(entry);
  // Raw SQL (portable: quoted identifiers, bound parameters): it also runs inside every save's transaction, where
  // Prisma's model queries cost several times more per statement (see lib/server/plans/revision.ts).
  await tx.$executeRaw`INSERT INTO "AuditLog" ("id", "planId", "actor", "action", "detail", "createdAt")
    VALUES (${id}, ${planId}, ${actor}, ${action}, ${detail}, ${at})`;
}

export interface AuditEntry {
  id: string;
  planId: string | null;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  createdAt: string;
}

/** A plan's audit trail, oldest first. */
export async function listAudit(planId: string, dbArg?: Db): Promise<AuditEntry[]> {
  const db = await resolveDb(dbArg);
  const rows = await db.auditLog.findMany({
    where: { planId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    planId: r.planId,
    actor: r.actor,
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    createdAt: r.createdAt.toISOString(),
  }));
}
