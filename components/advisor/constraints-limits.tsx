"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CheckboxField, NumberField } from "@/components/ui/form";
import type { HardwareFamily } from "@/lib/catalog/hardware-schema";
import {
  enumValues,
  fieldHint,
  fieldLabel,
  numberSpec,
  optionLabel,
  say,
  fieldMeta,
} from "@/lib/plan/fields";
import { constraintsSchema } from "@/lib/plan/plan-schema";
import { LIMIT_KEYS } from "./constraints-data";
import type { ConstraintsEditor } from "./use-constraints-editor";
import styles from "./advisor.module.css";

const shape = constraintsSchema.shape;
const FAMILIES = enumValues(shape.allowedHardwareFamilies) as HardwareFamily[];
const LIMIT_SPECS = LIMIT_KEYS.map((key) => ({ key, spec: numberSpec(shape[key]) }));

export interface FieldsetProps {
  editor: ConstraintsEditor;
  disabled: boolean;
}

/** Data on premises and the allowed hardware families (at least one: an empty choice shows why and is not sent). */
export function ComplianceFieldset({ editor, disabled }: FieldsetProps) {
  const t = useTranslations("advisor.constraints");
  const { constraints, errors, submit } = editor;
  /** An invalid family selection (none ticked), shown until fixed. */
  const [draft, setDraft] = useState<HardwareFamily[] | null>(null);
  const families = draft ?? constraints.allowedHardwareFamilies;
  const toggle = (family: HardwareFamily, on: boolean) => {
    const next = FAMILIES.filter((f) => (f === family ? on : families.includes(f)));
    setDraft(submit("allowedHardwareFamilies", { allowedHardwareFamilies: next }) ? next : null);
  };
  const errorId = `${useId()}-families-error`;
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend>{t("compliance")}</legend>
      <CheckboxField
        label={fieldLabel(shape.dataOnPremises)}
        hint={fieldHint(shape.dataOnPremises)}
        checked={constraints.dataOnPremises}
        onChange={(on) => submit("dataOnPremises", { dataOnPremises: on })}
      />
      <fieldset
        className={styles.fieldset}
        aria-describedby={errors.allowedHardwareFamilies ? errorId : undefined}
      >
        <legend>{fieldLabel(shape.allowedHardwareFamilies)}</legend>
        {FAMILIES.map((f) => (
          <CheckboxField
            key={f}
            label={optionLabel(shape.allowedHardwareFamilies, f)}
            hint={familyHint(f)}
            checked={families.includes(f)}
            onChange={(on) => toggle(f, on)}
          />
        ))}
        {errors.allowedHardwareFamilies && (
          <p id={errorId} className={styles.error} role="alert">
            {errors.allowedHardwareFamilies}
          </p>
        )}
      </fieldset>
    </fieldset>
  );
}

const familyHint = (f: HardwareFamily) => {
  const help = fieldMeta(shape.allowedHardwareFamilies).options?.[f]?.help;
  return help ? say(help) : undefined;
};

/** Budget, CAPEX, power and rack-space caps; empty means no limit. */
export function LimitsFieldset({ editor, disabled }: FieldsetProps) {
  const t = useTranslations("advisor.constraints");
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend>{t("limits")}</legend>
      <div className={styles.grid}>
        {LIMIT_SPECS.map(({ key, spec }) => (
          <NumberField
            key={key}
            spec={spec}
            value={editor.constraints[key]}
            onCommit={(v) => editor.submit(key, { [key]: v })}
          />
        ))}
      </div>
    </fieldset>
  );
}
