"use client";

import { useId, useState, type ReactNode } from "react";
import type { z } from "zod";
import { fieldError } from "@/lib/editor/validation";
import { describedBy, FieldShell } from "./field-shell";
import { useFormReadOnly } from "./read-only";
import type { CommitResult } from "./use-throttled-commit";
import styles from "./form.module.css";

export interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** The field's own schema: what is typed is checked with it on every keystroke. */
  schema: z.ZodType;
  /** Valid text only (undefined for an emptied optional field); may answer with an error to show. */
  onCommit: (value: string | undefined) => CommitResult;
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
}

/** A text input validated as the user types; the document keeps the last valid text. */
export function TextField({
  label,
  value,
  schema,
  onCommit,
  optional,
  multiline,
  placeholder,
  hint,
}: TextFieldProps) {
  const id = useId();
  const readOnly = useFormReadOnly();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = (next: string) => {
    setDraft(next);
    if (next === "" && optional) return setError(onCommit(undefined) ?? null);
    const own = fieldError(schema, next);
    setError(own ?? onCommit(next) ?? null);
  };
  const common = {
    id,
    className: styles.input,
    readOnly,
    value: draft ?? value ?? "",
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    onBlur: () => {
      if (!error) setDraft(null);
    },
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </FieldShell>
  );
}
