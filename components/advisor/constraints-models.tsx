"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { CheckboxField, NumberField, SelectField } from "@/components/ui/form";
import {
  enumValues,
  fieldHint,
  fieldLabel,
  fieldMeta,
  numberSpec,
  optionLabel,
  say,
} from "@/lib/plan/fields";
import { constraintsSchema } from "@/lib/plan/plan-schema";
import { modelChoices, precisionChoices } from "./constraints-data";
import type { FieldsetProps } from "./constraints-limits";
import styles from "./advisor.module.css";

const shape = constraintsSchema.shape;
const MIN_SIZE = numberSpec(shape.minModelParamsB);
/** The catalog never changes at run time: the choices are built once. */
const MODELS = modelChoices();
const PRECISIONS = [
  { value: "", label: say(fieldMeta(shape.precisionFloor).empty!) },
  ...precisionChoices().map((p) => ({ value: p.id, label: p.label })),
];

/** The choices of an optional enum constraint, its default (absent) first under the registry's "empty" label. */
function enumChoices(schema: typeof shape.modelSwap | typeof shape.costBasis) {
  const values = enumValues(schema);
  return values.map((v) => ({ value: v, label: optionLabel(schema, v) }));
}
const SWAPS = enumChoices(shape.modelSwap);
const BASES = enumChoices(shape.costBasis);

/** Minimum model size, precision floor, the model-swap policy, the ranking basis and the allowed models. */
export function ModelsFieldset({ editor, disabled }: FieldsetProps) {
  const t = useTranslations("advisor.constraints");
  const { constraints, submit } = editor;
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend>{t("models")}</legend>
      <div className={styles.grid}>
        <NumberField
          spec={MIN_SIZE}
          value={constraints.minModelParamsB}
          onCommit={(v) => submit("minModelParamsB", { minModelParamsB: v })}
        />
        <SelectField
          label={fieldLabel(shape.precisionFloor)}
          hint={fieldHint(shape.precisionFloor)}
          value={constraints.precisionFloor ?? ""}
          options={PRECISIONS}
          onChange={(v) => submit("precisionFloor", { precisionFloor: v || undefined })}
        />
        <SelectField
          label={fieldLabel(shape.modelSwap)}
          hint={fieldHint(shape.modelSwap)}
          value={constraints.modelSwap ?? "any"}
          options={SWAPS}
          onChange={(v) =>
            submit("modelSwap", {
              modelSwap: v === "any" ? undefined : (v as NonNullable<typeof constraints.modelSwap>),
            })
          }
        />
        <SelectField
          label={fieldLabel(shape.costBasis)}
          hint={fieldHint(shape.costBasis)}
          value={constraints.costBasis ?? "monthly"}
          options={BASES}
          onChange={(v) =>
            submit("costBasis", {
              costBasis: v === "monthly" ? undefined : (v as NonNullable<typeof constraints.costBasis>),
            })
          }
        />
      </div>
      <AllowedModels editor={editor} disabled={disabled} />
    </fieldset>
  );
}

/** The allowed models, LLMs then embedding models; none ticked leaves the choice to the advisor. */
function AllowedModels({ editor }: FieldsetProps) {
  const t = useTranslations("advisor.constraints");
  const id = useId();
  const { constraints, errors, submit } = editor;
  const allowed = constraints.allowedModels ?? [];
  const toggle = (modelId: string, on: boolean) => {
    const next = on ? [...allowed, modelId] : allowed.filter((m) => m !== modelId);
    const ordered = MODELS.map((m) => m.id).filter((m) => next.includes(m));
    return submit("allowedModels", { allowedModels: ordered.length ? ordered : undefined });
  };
  return (
    <fieldset className={styles.fieldset} aria-describedby={`${id}-hint`}>
      <legend>{fieldLabel(shape.allowedModels)}</legend>
      <div className={styles.inlineRow}>
        <p id={`${id}-hint`} className={styles.hint}>
          {allowed.length === 0 ? t("noneTicked") : t("ticked", { count: allowed.length })}
        </p>
        {allowed.length > 0 && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => submit("allowedModels", { allowedModels: undefined })}
          >
            {t("clear")}
          </button>
        )}
      </div>
      <div className={styles.models}>
        {(["llm", "embedding"] as const).map((group) => (
          <div key={group} role="group" aria-labelledby={`${id}-models-${group}`}>
            <p id={`${id}-models-${group}`} className={styles.modelGroup}>
              {group === "llm" ? t("llmGroup") : t("embeddingGroup")}
            </p>
            {MODELS.filter((m) => m.group === group).map((m) => (
              <CheckboxField
                key={m.id}
                label={m.label}
                checked={allowed.includes(m.id)}
                onChange={(on) => toggle(m.id, on)}
              />
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
  );
}
