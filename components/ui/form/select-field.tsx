"use client";

import { useId, useState, type ReactNode } from "react";
import { describedBy, FieldShell, type FieldLayout } from "./field-shell";
import { useFormReadOnly } from "./read-only";
import type { CommitResult } from "./use-throttled-commit";
import styles from "./form.module.css";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** May answer with an error to show under the field. */
  onChange: (value: string) => CommitResult;
  hint?: ReactNode;
  /** Grouped options (optgroup); `options` is then ignored. */
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  layout?: FieldLayout;
  disabled?: boolean;
}

const optionList = (options: readonly SelectOption[]) =>
  options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

/** A labelled choice. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  groups,
  layout,
  disabled,
}: SelectFieldProps) {
  const id = useId();
  const readOnly = useFormReadOnly();
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} layout={layout}>
      <select
        id={id}
        className={styles.input}
        disabled={disabled || readOnly}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, layout)}
        onChange={(e) => setError(onChange(e.target.value) ?? null)}
      >
        {groups
          ? groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {optionList(g.options)}
              </optgroup>
            ))
          : optionList(options)}
      </select>
    </FieldShell>
  );
}
