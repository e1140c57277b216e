import { AUTOSAVE_MESSAGES } from "../../plan/history-sessions";
import type { PlanDocument } from "../../plan/plan-schema";
import { resolveDb, type Db } from "../db/client";
import type { Tx } from "../db/transaction";
import { ConflictError, NotFoundError } from "../errors";
import { OWNER, type Actor } from "./actor";
import { commitRevisionWrite } from "./commit-queue";
import { applyRevision, RevisionRefused, withConflictBackstop, type SaveResult } from "./revision";
import { loadDocument } from "./store";
import { validateDocument } from "./validate";

export type { SaveResult };

export interface SaveInput {
  /** The revision the edit was based on. */
  baseRevision: number;
  /** A new document (any schemaVersion, validated here); absent = keep the current one. */
  document?: unknown;
  /** A new name (also written to document.metadata.name); absent = the document's name. */
  name?: string;
  message?: string;
}

/**
 * Saves a new revision of a plan — only if nobody saved since `baseRevision`; otherwise ConflictError with the
 * current revision (→ 409). Safe across processes: the plan row is updated with a conditional
 * `UPDATE … WHERE id = ? AND revision = baseRevision` inside the transaction (on PostgreSQL a concurrent writer
 * blocks on the row and then matches nothing; on SQLite writers are serialised by the file lock), and the
 * unique (planId, revision) index of PlanVersion is the backstop: a duplicate revision becomes a conflict, never a
 * 500 and never a lost update. The document is validated before any transaction starts.
 */
export async function savePlan(
  planId: string,
  input: SaveInput,
  actor: Actor = OWNER,
  dbArg?: Db,
  guard?: (tx: Tx) => Promise<void>,
): Promise<SaveResult> {
  const db = await resolveDb(dbArg);
  const parsed = input.document !== undefined ? validateDocument(input.document) : undefined;
  const write = withConflictBackstop(db, planId, input.baseRevision, () =>
    commitRevisionWrite(db, async (tx) => {
      const document = parsed ?? (await currentDocument(tx, planId, input.baseRevision));
      return applyRevision(tx, {
        planId,
        baseRevision: input.baseRevision,
        document,
        name: input.name,
        message: input.message ?? AUTOSAVE_MESSAGES[actor.kind],
        actor,
        action: "plan.save",
        detail: { fields: [parsed ? "document" : null, input.name ? "name" : null].filter(Boolean) },
        guard,
      });
    }),
  );
  try {
    return await write;
  } catch (e) {
    // A guard's refusal surfaces as the guard's own error (e.g. LinkGoneError → 410).
    throw e instanceof RevisionRefused ? e.reason : e;
  }
}

/** The stored document when only the name changes (checked against the base revision first). */
async function currentDocument(tx: Tx, planId: string, baseRevision: number): Promise<PlanDocument> {
  const row = await tx.plan.findUnique({ where: { id: planId }, select: { document: true, revision: true } });
  if (!row) throw new NotFoundError("plan", planId);
  if (row.revision !== baseRevision) throw new ConflictError(row.revision, baseRevision);
  return loadDocument(planId, row.document);
}
