"use client";

import { useId, useState, type ReactNode } from "react";
import { describedBy, FieldNotes } from "./field-shell";
import { useFormReadOnly } from "./read-only";
import type { CommitResult } from "./use-throttled-commit";
import styles from "./form.module.css";

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  /** May answer with an error to show under the box. */
  onChange: (checked: boolean) => CommitResult;
  hint?: ReactNode;
  disabled?: boolean;
}

/** A labelled check box with its hint and error. */
export function CheckboxField({ label, checked, onChange, hint, disabled }: CheckboxFieldProps) {
  const id = useId();
  const readOnly = useFormReadOnly();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.field}>
      <div className={styles.check}>
        <input
          id={id}
          type="checkbox"
          disabled={disabled || readOnly}
          checked={checked}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => setError(onChange(e.target.checked) ?? null)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
