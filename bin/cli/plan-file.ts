import { readFileSync } from "node:fs";
import { parsePlan } from "../../lib/plan/parse";
import type { PlanDocument } from "../../lib/plan/plan-schema";
import { UsageError } from "./io";

/** Reads and validates a plan JSON file (any schema version); every problem is named by its JSON path. */
export function readPlanFile(file: string | undefined, command: string): PlanDocument {
  if (!file)
    throw new UsageError(
      `missing plan file (e.g. stackplan ${command} plan.json; stackplan template enterprise > plan.json makes one)`,
    );
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${e instanceof Error ? e.message : String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const result = parsePlan(json);
  if (!result.ok) {
    const lines = result.issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
    if (result.issues.length > 20) lines.push(`  … and ${result.issues.length - 20} more`);
    throw new UsageError(`${file} is not a valid plan:\n${lines.join("\n")}`);
  }
  return result.value;
}
