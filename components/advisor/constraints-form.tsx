"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import { FormReadOnly } from "@/components/ui/form";
import type { Constraints } from "@/lib/plan/plan-schema";
import { constraintWarnings } from "./constraints-data";
import { ComplianceFieldset, LimitsFieldset } from "./constraints-limits";
import { ModelsFieldset } from "./constraints-models";
import { useConstraintsEditor } from "./use-constraints-editor";
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

/**
 * The sizing advisor's constraints: data on premises, allowed hardware families, budget, CAPEX, power and rack
 * limits, minimum model size, allowed models and precision floor. Every input is labelled with its unit (from the
 * field registry) and validated against `constraintsSchema` as the user types.
 */
export function ConstraintsForm({
  constraints,
  onChange,
  disabled = false,
  hideTitle = false,
}: ConstraintsFormProps) {
  const t = useTranslations("advisor.constraints");
  const id = useId();
  const editor = useConstraintsEditor(constraints, onChange);
  const warnings = useMemo(() => constraintWarnings(constraints), [constraints]);
  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <h3 id={`${id}-title`} className={hideTitle ? "visually-hidden" : styles.subhead}>
        {t("title")}
      </h3>
      <FormReadOnly readOnly={disabled}>
        <ComplianceFieldset editor={editor} disabled={disabled} />
        <LimitsFieldset editor={editor} disabled={disabled} />
        <ModelsFieldset editor={editor} disabled={disabled} />
      </FormReadOnly>
      {warnings.length > 0 && (
        <ul className={styles.warnings} aria-label={t("warnings")}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
