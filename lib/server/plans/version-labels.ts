import { versionLabelSchema } from "../../plan/names";
import { recordAudit } from "../audit";
import { resolveDb, type Db } from "../db/client";
import { writeTransaction } from "../db/transaction";
import { NotFoundError } from "../errors";
import { OWNER, type Actor } from "./actor";

/**
 * Naming a version ("sent to customer"): the one change a stored version accepts. The label is not part of the
 * document, so it does not create a revision and never conflicts with a save; the last label written wins (two
 * people naming the same version at once is not a lost edit of the plan). Audited like every write.
 */
export async function labelVersion(
  planId: string,
  revision: number,
  label: string,
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ revision: number; label: string }> {
  const db = await resolveDb(dbArg);
  // Callers parse the body with the same schema; parsing again keeps the store safe for any caller (CLI, seed).
  const value = versionLabelSchema.parse(label);
  await writeTransaction(db, async (tx) => {
    const updated = await tx.planVersion.updateMany({ where: { planId, revision }, data: { label: value } });
    if (updated.count === 0) {
      const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true } });
      if (!plan) throw new NotFoundError("plan", planId);
      throw new NotFoundError(
        "version",
        `${planId}@${revision}`,
        `plan "${planId}" has no revision ${revision}`,
      );
    }
    await recordAudit(tx, { planId, actor, action: "version.label", detail: { revision, label: value } });
  });
  return { revision, label: value };
}
