import { buildTemplate, TEMPLATE_IDS, TEMPLATES } from "../templates";
import { resolveDb, type Db } from "./db/client";
import { createPlan } from "./plans/store";

/**
 * First start: when the database holds no plan at all, creates one example plan per template so a new user sees
 * the reference designs in their list. Idempotent — a database with any plan (even archived) is left alone.
 */
export async function seedIfEmpty(dbArg?: Db): Promise<number> {
  const db = await resolveDb(dbArg);
  const count = await db.plan.count();
  if (count > 0) return 0;
  for (const id of TEMPLATE_IDS) {
    await createPlan(
      {
        name: `Example — ${TEMPLATES[id].name}`,
        document: buildTemplate(id),
        templateId: id,
        message: "Seeded from template",
      },
      { kind: "owner" },
      db,
    );
  }
  return TEMPLATE_IDS.length;
}
