import type { z } from "zod";
import { formatNumber } from "../format";

/** zod's own messages start like this; custom ones (from the schemas) are already written for people. */
const GENERIC = /^(Too small|Too big|Invalid input|Invalid string|Invalid option)/;

type Issue = z.core.$ZodIssue;

/** One issue as a sentence for the field it belongs to ("Must be at least 1", "Must be a whole number"). */
export function issueMessage(issue: Issue): string {
  if (!GENERIC.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Required" : `At least ${min} characters`;
      if (issue.origin === "array") return `Choose at least ${min}`;
      return `Must be ${issue.inclusive ? "at least" : "more than"} ${formatNumber(min, 6)}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `At most ${max} characters`;
      return `Must be ${issue.inclusive ? "at most" : "less than"} ${formatNumber(max, 6)}`;
    }
    case "invalid_type":
      if (issue.expected === "int") return "Must be a whole number";
      if (issue.expected === "number") return "Must be a number";
      return "Required";
    case "invalid_value":
      return "Choose one of the listed values";
    default:
      return issue.message;
  }
}

/** The first problem `schema` finds with `value`, as a sentence, or null when valid. */
export function fieldError(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : issueMessage(result.error.issues[0]!);
}

/**
 * The first problem with a whole element after a field edit, preferring issues on `path` (the edited field) so the
 * message lands under the right input; null when valid.
 */
export function elementError(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[] = [],
): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const key = path.join(".");
  const issues = result.error.issues;
  const own = issues.find((i) => i.path.join(".").startsWith(key)) ?? issues[0]!;
  return issueMessage(own);
}
