import { migratePlan, PlanVersionError } from "./migrate";
import { planSchema, type PlanDocument } from "./plan-schema";
import { jsonPath, zodIssues, type PlanIssue } from "./json-path";
import { guardJsonInput } from "./input-guard";
import { checkCatalogReferences, checkNetworkValues } from "./references";

export type { PlanIssue };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: PlanIssue[] };

/**
 * Parses any JSON value into a current plan document: refuses hostile input before anything reads it (control
 * characters, null list items, prototype-member ids: lib/plan/input-guard.ts), upgrades older schema versions,
 * validates every field, and checks that catalog ids (hardware, model, precision, framework, …) exist — naming the
 * nearest valid ids if not — and that values are in range (subnets).
 */
export function parsePlan(input: unknown): ParseResult<PlanDocument> {
  const guardIssues = guardJsonInput(input);
  if (guardIssues.length > 0) return { ok: false, issues: guardIssues };
  let migrated: unknown;
  try {
    migrated = migratePlan(input);
  } catch (e) {
    if (e instanceof PlanVersionError)
      return { ok: false, issues: [{ path: jsonPath(e.path), message: e.message }] };
    throw e;
  }
  const parsed = planSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const refIssues = [...checkCatalogReferences(parsed.data), ...checkNetworkValues(parsed.data)];
  if (refIssues.length > 0) return { ok: false, issues: refIssues };
  return { ok: true, value: parsed.data };
}

export class PlanParseError extends Error {
  constructor(readonly issues: PlanIssue[]) {
    super(
      `invalid plan document: ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join("; ")}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ""}`,
    );
    this.name = "PlanParseError";
  }
}

/** Like parsePlan but throws PlanParseError — for code paths where an invalid document is a bug (templates, DB). */
export function parsePlanOrThrow(input: unknown): PlanDocument {
  const result = parsePlan(input);
  if (!result.ok) throw new PlanParseError(result.issues);
  return result.value;
}
