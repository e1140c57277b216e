import { parsePlan } from "../../plan/parse";
import { MAX_NODES, type PlanDocument } from "../../plan/plan-schema";
import { DocumentInvalidError, TooManyNodesError } from "../errors";

/**
 * Parses a plan document on its way into storage: upgrades older schemaVersions, validates every field and catalog
 * id. The node count is checked first so that an oversized plan gets a clear "limit vs count" answer (422) rather
 * than a list of validation issues.
 */
export function validateDocument(input: unknown): PlanDocument {
  const nodes = (input as { nodes?: unknown } | null)?.nodes;
  if (Array.isArray(nodes) && nodes.length > MAX_NODES) throw new TooManyNodesError(nodes.length, MAX_NODES);
  const result = parsePlan(input);
  if (!result.ok) throw new DocumentInvalidError(result.issues);
  return result.value;
}
