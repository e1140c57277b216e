import { recordAudit } from "../audit";
import { resolveDb, type Db } from "../db/client";
import { writeTransaction } from "../db/transaction";
import { NotFoundError } from "../errors";
import { OWNER, type Actor } from "./actor";
import { createPlan, requirePlan } from "./store";

/**
 * Archives (archived = true, the API's DELETE) or restores (archived = false) a plan. Archiving hides the plan from
 * the list and disables its share links until it is restored; nothing is deleted. Idempotent; does not change the
 * revision (the document is untouched).
 */
export async function setArchived(
  planId: string,
  archived: boolean,
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ id: string; archived: boolean }> {
  const db = await resolveDb(dbArg);
  await writeTransaction(db, async (tx) => {
    const updated = await tx.plan.updateMany({ where: { id: planId }, data: { archived } });
    if (updated.count === 0) throw new NotFoundError("plan", planId);
    await recordAudit(tx, { planId, actor, action: archived ? "plan.archive" : "plan.unarchive" });
  });
  return { id: planId, archived };
}

/** Copies a plan's current document into a new plan at revision 1 (history and share links are not copied). */
export async function duplicatePlan(
  planId: string,
  input: { name?: string } = {},
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ id: string; revision: number }> {
  const db = await resolveDb(dbArg);
  const source = await requirePlan(planId, db);
  const name = input.name?.trim() || `${source.name} (copy)`.slice(0, 120);
  return createPlan(
    {
      name,
      document: source.document,
      templateId: source.templateId,
      message: `Duplicated from "${source.name}" revision ${source.revision}`,
      audit: { action: "plan.duplicate", detail: { sourcePlanId: planId, sourceRevision: source.revision } },
    },
    actor,
    db,
  );
}

/** Creates a plan from an imported document of any schemaVersion (upgraded and validated on the way in). */
export async function importPlan(
  document: unknown,
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ id: string; revision: number }> {
  const version = (document as { schemaVersion?: unknown } | null)?.schemaVersion;
  return createPlan(
    {
      document,
      message: `Imported (schemaVersion ${typeof version === "number" ? version : "?"})`,
      audit: { action: "plan.import", detail: { importedSchemaVersion: version ?? null } },
    },
    actor,
    dbArg,
  );
}
