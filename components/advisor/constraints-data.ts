import { MODEL_LIST, PRECISION_LIST, getModel } from "@/lib/catalog";
import { issueMessage } from "@/lib/editor/validation";
import { formatNumber } from "@/lib/format";
import { fieldLabel } from "@/lib/plan/fields";
import { constraintsSchema, type Constraints } from "@/lib/plan/plan-schema";

/**
 * The constraints form's logic: validation of the whole constraints object against `constraintsSchema` with messages
 * that say how to fix it, the catalog choices, warnings and the count of active constraints. Pure. Labels, units and
 * ranges of the fields are the field registry's (lib/plan/fields), like everywhere else.
 */

/** The numeric limits, in the order the form shows them (the minimum model size sits with the models). */
export const LIMIT_KEYS = ["maxMonthlyUsd", "capexCapUsd", "maxPowerW", "maxRackUnits"] as const;
export type NumberConstraintKey = (typeof LIMIT_KEYS)[number] | "minModelParamsB";

export type ConstraintsValidation =
  { ok: true; value: Constraints } | { ok: false; errors: Partial<Record<keyof Constraints, string>> };

/**
 * Validates a whole constraints object with the plan schema. Optional fields set to `undefined` are removed first
 * (the schema is strict and the document should not carry empty keys). Messages name the field and how to fix it.
 */
export function validateConstraints(candidate: Constraints): ConstraintsValidation {
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  const parsed = constraintsSchema.safeParse(clean);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<keyof Constraints, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof Constraints | undefined;
    if (!key || errors[key]) continue;
    errors[key] =
      key === "allowedHardwareFamilies"
        ? "Allow at least one hardware family: the advisor needs something to size the LLM on."
        : `${fieldLabel(constraintsSchema.shape[key])}: ${issueMessage(issue)}`;
  }
  return { ok: false, errors };
}

export interface ModelChoice {
  id: string;
  label: string;
  group: "llm" | "embedding";
}

/** The catalog's LLMs (by size, then name) and embedding models, for the allowed-models multi-select. */
export function modelChoices(): ModelChoice[] {
  const label = (m: (typeof MODEL_LIST)[number]) =>
    `${m.name} — ${formatNumber(m.totalParamsB, m.totalParamsB < 10 ? 1 : 0)} B${m.moe ? ` (MoE, ${formatNumber(m.activeParamsB, 0)} B active)` : ""}`;
  const byKind = (kind: "llm" | "embedding") =>
    MODEL_LIST.filter((m) => m.kind === kind)
      .slice()
      .sort((a, b) => a.totalParamsB - b.totalParamsB || a.name.localeCompare(b.name))
      .map((m) => ({ id: m.id, label: label(m), group: kind }));
  return [...byKind("llm"), ...byKind("embedding")];
}

export interface PrecisionChoice {
  id: string;
  label: string;
  bitsPerWeight: number;
}

/** Precisions from widest to narrowest, each labelled with its storage cost. */
export function precisionChoices(): PrecisionChoice[] {
  return PRECISION_LIST.slice()
    .sort((a, b) => b.bitsPerWeight - a.bitsPerWeight || a.name.localeCompare(b.name))
    .map((p) => ({
      id: p.id,
      label: `${p.name} — ${formatNumber(p.bitsPerWeight, 2)} bits/weight`,
      bitsPerWeight: p.bitsPerWeight,
    }));
}

/**
 * Combinations that are valid but probably not what the user meant (shown as warnings, not errors): the advisor
 * takes `allowedModels` literally for embeddings too, and the minimum size may exclude every allowed LLM.
 */
export function constraintWarnings(c: Constraints): string[] {
  const out: string[] = [];
  const models = (c.allowedModels ?? []).map((id) => getModel(id)).filter((m) => m !== undefined);
  const llms = models.filter((m) => m.kind === "llm");
  const embeddings = models.filter((m) => m.kind === "embedding");
  if (models.length > 0 && embeddings.length === 0)
    out.push(
      c.dataOnPremises
        ? "No embedding model is allowed and data must stay on premises: the advisor cannot propose an embedding server. Tick an embedding model."
        : "No embedding model is allowed: the advisor will put embeddings on a cloud API. Tick an embedding model to keep them self-hosted.",
    );
  if (models.length > 0 && llms.length === 0)
    out.push("No LLM is allowed: the advisor has nothing to serve generation with. Tick at least one LLM.");
  if (
    c.minModelParamsB !== undefined &&
    llms.length > 0 &&
    llms.every((m) => m.totalParamsB < c.minModelParamsB!)
  )
    out.push(
      `Every allowed LLM is smaller than the ${formatNumber(c.minModelParamsB)} B minimum: lower the minimum or allow a larger model.`,
    );
  if (c.allowedHardwareFamilies.length === 1 && c.allowedHardwareFamilies[0] === "cpu")
    out.push("CPU-only hardware is never proposed for LLM serving: allow NVIDIA or Apple Silicon.");
  return out;
}

/** How many constraints differ from the defaults (data may leave, NVIDIA + Apple allowed, no limit): "2 set". */
export function activeConstraintCount(c: Constraints): number {
  const defaults = constraintsSchema.parse({});
  const familiesChanged =
    c.allowedHardwareFamilies.length !== defaults.allowedHardwareFamilies.length ||
    c.allowedHardwareFamilies.some((f) => !defaults.allowedHardwareFamilies.includes(f));
  const optional = [
    c.maxMonthlyUsd,
    c.capexCapUsd,
    c.maxPowerW,
    c.maxRackUnits,
    c.minModelParamsB,
    c.precisionFloor,
    c.modelSwap,
    c.costBasis,
  ];
  return (
    (c.dataOnPremises ? 1 : 0) +
    (familiesChanged ? 1 : 0) +
    optional.filter((x) => x !== undefined).length +
    (c.allowedModels?.length ? 1 : 0)
  );
}
