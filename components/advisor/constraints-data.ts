import { HARDWARE_FAMILIES, type HardwareFamily } from "@/lib/catalog/hardware-schema";
import { MODEL_LIST, PRECISION_LIST, getModel } from "@/lib/catalog";
import { formatNumber } from "@/lib/format";
import { constraintsSchema, type Constraints } from "@/lib/plan/plan-schema";

/**
 * The constraints form's logic: field metadata, parsing what the user typed, validation against
 * `constraintsSchema` with messages that say what is wrong and how to fix it, and the catalog choices. Pure.
 */

export type NumberConstraintKey =
  "maxMonthlyUsd" | "capexCapUsd" | "maxPowerW" | "maxRackUnits" | "minModelParamsB";

export interface NumberFieldInfo {
  key: NumberConstraintKey;
  label: string;
  /** Unit shown after the input. */
  unit: string;
  /** What the limit applies to. */
  hint: string;
  /** Example value for messages and placeholders. */
  example: number;
  step: number;
}

export const NUMBER_FIELDS: readonly NumberFieldInfo[] = [
  {
    key: "maxMonthlyUsd",
    label: "Monthly budget",
    unit: "USD / month",
    hint: "Whole plan, with CAPEX amortised",
    example: 20000,
    step: 100,
  },
  {
    key: "capexCapUsd",
    label: "CAPEX cap",
    unit: "USD",
    hint: "Hardware bought up front",
    example: 500000,
    step: 1000,
  },
  {
    key: "maxPowerW",
    label: "Maximum power",
    unit: "W",
    hint: "Whole plan at typical load",
    example: 20000,
    step: 100,
  },
  { key: "maxRackUnits", label: "Maximum rack space", unit: "U", hint: "Whole plan", example: 42, step: 1 },
  {
    key: "minModelParamsB",
    label: "Minimum model size",
    unit: "billion parameters",
    hint: "The reference advises ≥ 70 B for enterprise reasoning",
    example: 70,
    step: 1,
  },
];

export const FAMILY_LABELS: Record<HardwareFamily, string> = {
  nvidia: "NVIDIA GPUs",
  apple: "Apple Silicon (Mac Studio / Mac mini)",
  cpu: "CPU only",
};

export const FAMILY_HINTS: Record<HardwareFamily, string> = {
  nvidia: "H100, H200, B200, A100, L40S, L4…",
  apple: "Proposed in production only when it is the only family allowed, up to 500 users (reference §3)",
  cpu: "Never proposed for LLM serving",
};

export const HARDWARE_FAMILY_ORDER: readonly HardwareFamily[] = HARDWARE_FAMILIES;

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

/**
 * What the user typed in a number field: empty → no limit (`undefined`); thousands separators and spaces are
 * accepted ("20,000"); anything else that is not a finite number is an error naming the field and an example.
 */
export function parseNumberInput(text: string, field: NumberFieldInfo): ParsedNumber {
  const cleaned = text.replace(/[\s,_]/g, "");
  if (cleaned === "") return { ok: true, value: undefined };
  const value = Number(cleaned);
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `"${text}" is not a number: type the ${field.label.toLowerCase()} in ${field.unit} (e.g. ${formatNumber(field.example)}), or leave it empty for no limit.`,
    };
  return { ok: true, value };
}

export type ConstraintsValidation =
  { ok: true; value: Constraints } | { ok: false; errors: Partial<Record<keyof Constraints, string>> };

const FIELD_NAMES: Record<keyof Constraints, string> = {
  dataOnPremises: "Data stays on premises",
  allowedHardwareFamilies: "Allowed hardware",
  maxMonthlyUsd: "Monthly budget",
  capexCapUsd: "CAPEX cap",
  maxPowerW: "Maximum power",
  maxRackUnits: "Maximum rack space",
  minModelParamsB: "Minimum model size",
  allowedModels: "Allowed models",
  precisionFloor: "Precision floor",
};

/**
 * Validates a whole constraints object with the plan schema. Optional fields set to `undefined` are removed first
 * (the schema is strict and the document should not carry empty keys). Messages are rewritten to say how to fix.
 */
export function validateConstraints(candidate: Constraints): ConstraintsValidation {
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  const parsed = constraintsSchema.safeParse(clean);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<keyof Constraints, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof Constraints | undefined;
    if (!key || errors[key]) continue;
    errors[key] = friendlyMessage(key, issue.code, issue.message);
  }
  return { ok: false, errors };
}

function friendlyMessage(key: keyof Constraints, code: string, fallback: string): string {
  const name = FIELD_NAMES[key] ?? key;
  if (key === "allowedHardwareFamilies")
    return "Allow at least one hardware family: the advisor needs something to size the LLM on.";
  const field = NUMBER_FIELDS.find((f) => f.key === key);
  if (field && code === "too_small")
    return `${name} must be more than 0 ${field.unit}; leave it empty for no limit.`;
  if (field && code === "invalid_type")
    return `${name} must be a number of ${field.unit} (e.g. ${formatNumber(field.example)}), or empty for no limit.`;
  return `${name}: ${fallback}`;
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
  ];
  return (
    (c.dataOnPremises ? 1 : 0) +
    (familiesChanged ? 1 : 0) +
    optional.filter((x) => x !== undefined).length +
    (c.allowedModels?.length ? 1 : 0)
  );
}
