import { jsonPath, type PlanIssue } from "./json-path";

/**
 * Generic checks on untrusted JSON, run at the parse boundary before any schema, migration or lookup sees it
 * (plan documents in parsePlan, every API request body in lib/server/http.ts):
 *
 * - control characters (C0 except tab, line feed and carriage return; DEL; C1) and unpaired UTF-16 surrogates in
 *   any string or key: PostgreSQL cannot store U+0000 and refuses invalid UTF-8, SQLite stores them, and a
 *   terminal or a YAML/PromQL writer downstream may interpret them — so both databases answer the same 400;
 * - `null` items in lists: no list of the API holds nulls, and migrations read fields of each item;
 * - identifiers (ids, kinds, types, catalog references) that name a member of `Object.prototype` (`__proto__`,
 *   `constructor`, `toString`, …): a lookup in a plain object would find the prototype's member instead of
 *   nothing.
 *
 * Each problem is reported with the JSON path of the field and how to fix it; at most MAX_GUARD_ISSUES are listed.
 */

export const MAX_GUARD_ISSUES = 20;

// Tab (U+0009), LF (U+000A) and CR (U+000D) are allowed: descriptions and notes span lines.
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Names a plain-object lookup would resolve through the prototype chain. */
const PROTOTYPE_MEMBERS = new Set([
  "__proto__",
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Function.prototype),
]);

/**
 * Keys whose string values are identifiers or enum members: `id`, `kind`, `type`, edge ends, anything ending in
 * `Id`, and the catalog references of serving nodes and constraints. (Version-1 documents use `from`, `to` and
 * `zone`.)
 */
const IDENTIFIER_KEY =
  /^(id|kind|type|source|target|from|to|zone|hardware|model|precision|kvPrecision|framework|interconnect|product|precisionFloor)$|Ids?$/;
/** Lists whose items are identifiers. */
const IDENTIFIER_LIST_KEY = /^(allowedModels|allowedHardwareFamilies)$|Ids$/;

/** Why `text` cannot be stored as is, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  const control = CONTROL_CHAR.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return `contains the control character U+${code} at position ${control.index}: remove it (only tab and line breaks are allowed in text)`;
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return `contains an unpaired UTF-16 surrogate at position ${surrogate.index}: send valid Unicode text`;
  }
  return undefined;
}

function identifierProblem(text: string): string | undefined {
  return PROTOTYPE_MEMBERS.has(text)
    ? `"${text}" is reserved (a built-in JavaScript property name): choose another identifier`
    : undefined;
}

/** Finds the problems described above in a parsed JSON value; [] when it is safe to hand to the schemas. */
export function guardJsonInput(value: unknown): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const path: PropertyKey[] = [];
  const report = (message: string) => {
    if (issues.length < MAX_GUARD_ISSUES) issues.push({ path: jsonPath(path), message });
  };
  const visit = (v: unknown, identifier: boolean, identifierList: boolean): void => {
    if (issues.length >= MAX_GUARD_ISSUES) return;
    if (typeof v === "string") {
      const problem = textProblem(v) ?? (identifier ? identifierProblem(v) : undefined);
      if (problem) report(problem);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        if (v[i] === null) report("null is not allowed in a list: remove the item");
        else visit(v[i], identifierList, false);
        path.pop();
      }
    } else if (typeof v === "object" && v !== null) {
      for (const key of Object.keys(v)) {
        path.push(key);
        const keyProblem = textProblem(key);
        if (keyProblem) report(`the field name ${keyProblem}`);
        else
          visit((v as Record<string, unknown>)[key], IDENTIFIER_KEY.test(key), IDENTIFIER_LIST_KEY.test(key));
        path.pop();
      }
    }
  };
  visit(value, false, false);
  return issues;
}
