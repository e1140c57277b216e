"use client";

import { useId, useMemo, useState } from "react";
import type { HardwareFamily } from "@/lib/catalog/hardware-schema";
import type { Constraints } from "@/lib/plan/plan-schema";
import {
  constraintWarnings,
  FAMILY_HINTS,
  FAMILY_LABELS,
  HARDWARE_FAMILY_ORDER,
  modelChoices,
  NUMBER_FIELDS,
  parseNumberInput,
  precisionChoices,
  validateConstraints,
  type NumberConstraintKey,
  type NumberFieldInfo,
} from "./constraints-data";
import styles from "./advisor.module.css";

export interface ConstraintsFormProps {
  /** The plan's advisor constraints (`plan.constraints`); outside changes (undo, load) show up at once. */
  constraints: Constraints;
  /**
   * Receives the whole constraints object after every valid edit, already parsed by `constraintsSchema` (empty
   * optional limits removed). Invalid input is never sent: it stays in the field with a message saying how to fix it.
   */
  onChange: (constraints: Constraints) => void;
  /** Read-only: every input is disabled (e.g. a shared plan). */
  disabled?: boolean;
  /** Keep the "Constraints" heading for assistive technology only (when a surrounding summary already shows it). */
  hideTitle?: boolean;
}

type Errors = Partial<Record<keyof Constraints, string>>;

/**
 * The sizing advisor's constraints: data on premises, allowed hardware families, budget, CAPEX, power and rack
 * limits, minimum model size, allowed models and precision floor. Every input is labelled with its unit and
 * validated against `constraintsSchema` as the user types.
 */
export function ConstraintsForm({
  constraints,
  onChange,
  disabled = false,
  hideTitle = false,
}: ConstraintsFormProps) {
  const id = useId();
  /** What the user is typing in number fields (kept while focused or invalid). */
  const [drafts, setDrafts] = useState<Partial<Record<NumberConstraintKey, string>>>({});
  /** An invalid family selection (none ticked), shown until fixed. */
  const [familiesDraft, setFamiliesDraft] = useState<HardwareFamily[] | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const models = useMemo(modelChoices, []);
  const precisions = useMemo(precisionChoices, []);
  const warnings = useMemo(() => constraintWarnings(constraints), [constraints]);

  const setError = (key: keyof Constraints, message: string | undefined) =>
    setErrors((e) => {
      const next = { ...e };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });

  /** Validates a change of one field against the whole schema; emits when valid. Returns whether it was. */
  const submit = (key: keyof Constraints, patch: Partial<Constraints>): boolean => {
    const result = validateConstraints({ ...constraints, ...patch });
    if (result.ok) {
      setError(key, undefined);
      onChange(result.value);
      return true;
    }
    setError(key, result.errors[key] ?? Object.values(result.errors)[0]);
    return false;
  };

  const onNumberInput = (field: NumberFieldInfo, text: string) => {
    setDrafts((d) => ({ ...d, [field.key]: text }));
    const parsed = parseNumberInput(text, field);
    if (!parsed.ok) {
      setError(field.key, parsed.message);
      return;
    }
    submit(field.key, { [field.key]: parsed.value });
  };

  const onNumberBlur = (key: NumberConstraintKey) => {
    if (errors[key]) return;
    setDrafts((d) => {
      const next = { ...d };
      delete next[key];
      return next;
    });
  };

  const families = familiesDraft ?? constraints.allowedHardwareFamilies;
  const toggleFamily = (family: HardwareFamily, on: boolean) => {
    const next = HARDWARE_FAMILY_ORDER.filter((f) => (f === family ? on : families.includes(f)));
    setFamiliesDraft(submit("allowedHardwareFamilies", { allowedHardwareFamilies: next }) ? null : next);
  };

  const allowed = constraints.allowedModels ?? [];
  const toggleModel = (modelId: string, on: boolean) => {
    const next = on ? [...allowed, modelId] : allowed.filter((m) => m !== modelId);
    const ordered = models.map((m) => m.id).filter((m) => next.includes(m));
    submit("allowedModels", { allowedModels: ordered.length ? ordered : undefined });
  };

  const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <h3 id={`${id}-title`} className={hideTitle ? "visually-hidden" : styles.subhead}>
        Constraints
      </h3>

      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend>Compliance and hardware</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={constraints.dataOnPremises}
            onChange={(e) => submit("dataOnPremises", { dataOnPremises: e.target.checked })}
          />
          <span className={styles.checkText}>
            <span>Data stays on premises</span>
            <span className={styles.hint}>No cloud LLM or embedding API (GDPR / HIPAA, reference §3)</span>
          </span>
        </label>
        <fieldset
          className={styles.fieldset}
          aria-describedby={errors.allowedHardwareFamilies ? `${id}-families-error` : undefined}
        >
          <legend>Allowed hardware families</legend>
          {HARDWARE_FAMILY_ORDER.map((f) => (
            <label key={f} className={styles.check}>
              <input
                type="checkbox"
                checked={families.includes(f)}
                onChange={(e) => toggleFamily(f, e.target.checked)}
              />
              <span className={styles.checkText}>
                <span>{FAMILY_LABELS[f]}</span>
                <span className={styles.hint}>{FAMILY_HINTS[f]}</span>
              </span>
            </label>
          ))}
          {errors.allowedHardwareFamilies && (
            <p id={`${id}-families-error`} className={styles.error} role="alert">
              {errors.allowedHardwareFamilies}
            </p>
          )}
        </fieldset>
      </fieldset>

      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend>Limits (empty: no limit)</legend>
        <div className={styles.grid}>
          {NUMBER_FIELDS.filter((f) => f.key !== "minModelParamsB").map((f) => (
            <NumberField
              key={f.key}
              id={`${id}-${f.key}`}
              field={f}
              value={drafts[f.key] ?? numberText(constraints[f.key])}
              error={errors[f.key]}
              onInput={(text) => onNumberInput(f, text)}
              onBlur={() => onNumberBlur(f.key)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend>Models</legend>
        <div className={styles.grid}>
          {NUMBER_FIELDS.filter((f) => f.key === "minModelParamsB").map((f) => (
            <NumberField
              key={f.key}
              id={`${id}-${f.key}`}
              field={f}
              value={drafts[f.key] ?? numberText(constraints[f.key])}
              error={errors[f.key]}
              onInput={(text) => onNumberInput(f, text)}
              onBlur={() => onNumberBlur(f.key)}
            />
          ))}
          <div className={styles.field}>
            <label htmlFor={`${id}-precision`}>Precision floor</label>
            <select
              id={`${id}-precision`}
              className={styles.select}
              value={constraints.precisionFloor ?? ""}
              aria-describedby={described(
                `${id}-precision-hint`,
                errors.precisionFloor && `${id}-precision-error`,
              )}
              onChange={(e) => submit("precisionFloor", { precisionFloor: e.target.value || undefined })}
            >
              <option value="">No floor (any precision)</option>
              {precisions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <p id={`${id}-precision-hint`} className={styles.hint}>
              Lowest acceptable precision: FP8 rules out 4-bit formats
            </p>
            {errors.precisionFloor && (
              <p id={`${id}-precision-error`} className={styles.error} role="alert">
                {errors.precisionFloor}
              </p>
            )}
          </div>
        </div>
        <fieldset className={styles.fieldset} aria-describedby={`${id}-models-hint`}>
          <legend>Allowed models</legend>
          <div className={styles.inlineRow}>
            <p id={`${id}-models-hint`} className={styles.hint}>
              {allowed.length === 0
                ? "None ticked: the advisor keeps the plan's models (or, for a new plan, models of 70 B and more in production)."
                : `${allowed.length} ticked: the advisor only considers these.`}
            </p>
            {allowed.length > 0 && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => submit("allowedModels", { allowedModels: undefined })}
              >
                Clear the selection
              </button>
            )}
          </div>
          <div className={styles.models}>
            {(["llm", "embedding"] as const).map((group) => (
              <div key={group} role="group" aria-labelledby={`${id}-models-${group}`}>
                <p id={`${id}-models-${group}`} className={styles.modelGroup}>
                  {group === "llm" ? "LLMs (generation)" : "Embedding models"}
                </p>
                {models
                  .filter((m) => m.group === group)
                  .map((m) => (
                    <label key={m.id} className={styles.check}>
                      <input
                        type="checkbox"
                        checked={allowed.includes(m.id)}
                        onChange={(e) => toggleModel(m.id, e.target.checked)}
                      />
                      <span>{m.label}</span>
                    </label>
                  ))}
              </div>
            ))}
          </div>
          {errors.allowedModels && (
            <p className={styles.error} role="alert">
              {errors.allowedModels}
            </p>
          )}
        </fieldset>
      </fieldset>

      {warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="Constraint warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

const numberText = (v: number | undefined) => (v === undefined ? "" : String(v));

interface NumberFieldProps {
  /** Id of the input (label, hint and error ids derive from it). */
  id: string;
  /** Label, unit, hint and example. */
  field: NumberFieldInfo;
  /** Text shown in the input. */
  value: string;
  /** Why the text is invalid, if it is. */
  error?: string;
  /** Every keystroke. */
  onInput: (text: string) => void;
  onBlur: () => void;
}

/** A labelled text input for a positive number with its unit, hint and validation message. */
function NumberField({ id, field, value, error, onInput, onBlur }: NumberFieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{field.label}</label>
      <div className={styles.inputRow}>
        <input
          id={id}
          className={styles.input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="no limit"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-unit ${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={(e) => onInput(e.target.value)}
          onBlur={onBlur}
        />
        <span id={`${id}-unit`} className={styles.unit}>
          {field.unit}
        </span>
      </div>
      <p id={`${id}-hint`} className={styles.hint}>
        {field.hint}
      </p>
      {/* Always rendered so the message is announced (politely) as soon as it appears while typing. */}
      <p id={`${id}-error`} className={styles.error} aria-live="polite">
        {error}
      </p>
    </div>
  );
}
