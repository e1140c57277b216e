import { CREATED_MESSAGE } from "../../plan/history-sessions";
import { parsePlan, type PlanIssue } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { recordAudit, type AuditAction } from "../audit";
import { resolveDb, type Db } from "../db/client";
import { writeTransaction } from "../db/transaction";
import { NotFoundError } from "../errors";
import { newId } from "../ids";
import { actorLabel, OWNER, type Actor } from "./actor";
import { validateDocument } from "./validate";

export { actorLabel, OWNER, type Actor };

export interface PlanSummaryRow {
  id: string;
  name: string;
  description: string;
  revision: number;
  archived: boolean;
  templateId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPlan extends PlanSummaryRow {
  document: PlanDocument;
}

/** A stored document no longer parses (a bug or a manual edit): reported, never silently "fixed". */
export class CorruptPlanError extends Error {
  constructor(
    readonly planId: string,
    readonly issues: PlanIssue[],
  ) {
    super(`plan ${planId} holds an invalid document: ${issues[0]?.path} ${issues[0]?.message}`);
    this.name = "CorruptPlanError";
  }
}

/** A Plan row as stored (the document as JSON text). */
export type PlanRow = {
  id: string;
  name: string;
  description: string;
  document: string;
  revision: number;
  archived: boolean;
  templateId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export const SUMMARY_SELECT = {
  id: true,
  name: true,
  description: true,
  revision: true,
  archived: true,
  templateId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toSummary(row: Omit<PlanRow, "document">): PlanSummaryRow {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    revision: row.revision,
    archived: row.archived,
    templateId: row.templateId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Parses a stored document on the way out (upgrading older schema versions). */
export function loadDocument(planId: string, json: string): PlanDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new CorruptPlanError(planId, [{ path: "$", message: `not JSON: ${(e as Error).message}` }]);
  }
  const result = parsePlan(raw);
  if (!result.ok) throw new CorruptPlanError(planId, result.issues);
  return result.value;
}

const DOCUMENT_CACHE_SIZE = 200;
const documentCache = new Map<string, PlanDocument>();

/**
 * loadDocument with a small in-process cache keyed by (plan, revision, updatedAt): every write of a document bumps
 * the revision, so the key names one stored text, which is parsed once per process instead of on every read of a
 * popular shared plan. The returned object is shared between callers: treat it as read-only.
 */
export function loadDocumentCached(
  planId: string,
  revision: number,
  updatedAt: Date,
  json: string,
): PlanDocument {
  const key = `${planId}@${revision}@${updatedAt.getTime()}`;
  const hit = documentCache.get(key);
  if (hit) return hit;
  const document = loadDocument(planId, json);
  if (documentCache.size >= DOCUMENT_CACHE_SIZE) documentCache.delete(documentCache.keys().next().value!);
  documentCache.set(key, document);
  return document;
}

/** The document as stored: the plan's name is kept in metadata.name too, so an exported file carries it. */
export function withName(document: PlanDocument, name: string): PlanDocument {
  return document.metadata.name === name
    ? document
    : { ...document, metadata: { ...document.metadata, name } };
}

/**
 * Creates a plan at revision 1 with its first version and an audit entry, in one transaction.
 * The document is validated here (callers may pass any JSON; older schemaVersions are upgraded).
 */
export async function createPlan(
  input: {
    name?: string;
    document: unknown;
    templateId?: string | null;
    message?: string;
    audit?: { action: AuditAction; detail?: Record<string, unknown> };
  },
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ id: string; revision: number }> {
  const db = await resolveDb(dbArg);
  const parsed = validateDocument(input.document);
  const name = input.name?.trim() || parsed.metadata.name;
  const stored = withName(parsed, name);
  const json = JSON.stringify(stored);
  const id = newId();
  const templateId = input.templateId ?? stored.metadata.templateId ?? null;
  await writeTransaction(db, async (tx) => {
    const now = new Date();
    await tx.plan.create({
      data: {
        id,
        name,
        description: stored.metadata.description,
        document: json,
        revision: 1,
        templateId,
        createdAt: now,
        updatedAt: now,
      },
    });
    await tx.planVersion.create({
      data: {
        id: newId(12),
        planId: id,
        revision: 1,
        name,
        document: json,
        message: input.message ?? CREATED_MESSAGE,
        actor: actorLabel(actor),
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      planId: id,
      actor,
      action: input.audit?.action ?? "plan.create",
      detail: { revision: 1, templateId, ...input.audit?.detail },
    });
  });
  return { id, revision: 1 };
}

/** A plan with its current document, or null when the id is unknown (archived plans included). */
export async function getPlan(id: string, dbArg?: Db): Promise<StoredPlan | null> {
  const db = await resolveDb(dbArg);
  const row = await db.plan.findUnique({ where: { id } });
  if (!row) return null;
  return { ...toSummary(row), document: loadDocument(row.id, row.document) };
}

/** Like getPlan, but an unknown id is a NotFoundError (→ 404). */
export async function requirePlan(id: string, db?: Db): Promise<StoredPlan> {
  const plan = await getPlan(id, db);
  if (!plan) throw new NotFoundError("plan", id);
  return plan;
}

export type PlanSort = "updated" | "name" | "created";

/**
 * Plans for the list page: active (default) or archived ones, optionally filtered by a case-insensitive search in
 * name and description, sorted by last update (default), name or creation. Filtering and sorting run here rather
 * than in SQL so that both providers answer identically (SQLite's LIKE and PostgreSQL's collations differ); the
 * rows are summaries only (no documents), so even thousands of plans are a few hundred KB.
 */
export async function listPlans(
  options: { archived?: boolean; q?: string; sort?: PlanSort } = {},
  dbArg?: Db,
): Promise<PlanSummaryRow[]> {
  const db = await resolveDb(dbArg);
  const rows = await db.plan.findMany({
    where: { archived: options.archived ?? false },
    orderBy: { updatedAt: "desc" },
    select: SUMMARY_SELECT,
  });
  const q = options.q?.trim().toLocaleLowerCase("en");
  const matched = q
    ? rows.filter(
        (r) =>
          r.name.toLocaleLowerCase("en").includes(q) || r.description.toLocaleLowerCase("en").includes(q),
      )
    : rows;
  const sort = options.sort ?? "updated";
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  matched.sort((a, b) => {
    if (sort === "name") return a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || byId(a, b);
    const key = sort === "created" ? "createdAt" : "updatedAt";
    return b[key].getTime() - a[key].getTime() || byId(a, b);
  });
  return matched.map(toSummary);
}
