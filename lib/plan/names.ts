import { z } from "zod";
import type { PlanDocument } from "./plan-schema";

/**
 * The names people give: a plan's name (renamed inline from the editor's title) and a version's label ("sent to
 * customer", set from the history). One schema each, used by the plan document, the API bodies and the forms, so
 * the limits and the messages agree everywhere.
 */

/** Longest plan name, characters (after trimming). */
export const PLAN_NAME_MAX_LENGTH = 120;
/** Longest version label, characters (after trimming). */
export const VERSION_LABEL_MAX_LENGTH = 80;

/** A plan name: trimmed, 1…120 characters. */
export const planNameSchema = z
  .string()
  .trim()
  .min(1, "a plan needs a name")
  .max(PLAN_NAME_MAX_LENGTH, `at most ${PLAN_NAME_MAX_LENGTH} characters`);

/** A version label: trimmed, at most 80 characters; "" removes the label. */
export const versionLabelSchema = z
  .string()
  .trim()
  .max(VERSION_LABEL_MAX_LENGTH, `at most ${VERSION_LABEL_MAX_LENGTH} characters: shorten the label`);

/** Why a typed name was refused, as a message key of the forms ("empty", "tooLong"). */
export type NameProblem =
  { ok: true; value: string } | { ok: false; problem: "empty" | "tooLong"; max: number };

function check(schema: z.ZodString, max: number, raw: string): NameProblem {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const tooBig = result.error.issues.some((i) => i.code === "too_big");
  return { ok: false, problem: tooBig ? "tooLong" : "empty", max };
}

/** A typed plan name, trimmed, or why it cannot be saved. */
export const checkPlanName = (raw: string) => check(planNameSchema, PLAN_NAME_MAX_LENGTH, raw);

/** A typed version label, trimmed ("" clears it), or why it cannot be saved. */
export const checkVersionLabel = (raw: string) => check(versionLabelSchema, VERSION_LABEL_MAX_LENGTH, raw);

/**
 * The document renamed to a typed name (trimmed, in metadata.name, which the save stores as the plan's name): the
 * same document when the name is unchanged, or why the name cannot be saved.
 */
export function renamePlan(
  doc: PlanDocument,
  raw: string,
): { ok: true; doc: PlanDocument } | Extract<NameProblem, { ok: false }> {
  const checked = checkPlanName(raw);
  if (!checked.ok) return checked;
  if (checked.value === doc.metadata.name) return { ok: true, doc };
  return { ok: true, doc: { ...doc, metadata: { ...doc.metadata, name: checked.value } } };
}
