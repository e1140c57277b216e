"use client";

import { useId, useState, type ReactNode } from "react";
import type { z } from "zod";
import { useViewOnly } from "@/lib/editor/editor-context";
import { fieldError, parseNumberInput } from "@/lib/editor/validation";
import styles from "./inspector.module.css";

/**
 * Inspector inputs with validation as you type: the text stays as typed, the zod schema checks it on every
 * keystroke, the message appears under the field, and only a valid value reaches the document (`onCommit`, which may
 * itself answer with an error from a whole-element rule). The document therefore always holds the last valid value.
 */
interface FieldShell {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  id: string;
  children: ReactNode;
}

function Shell({ label, hint, error, id, children }: FieldShell) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className={styles.fieldHint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error: string | null | undefined, hint: unknown) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/** Commit callback: returns an error message to show, or null when the value was applied. */
export type Commit<T> = (value: T) => string | null;

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** The field's own schema (e.g. nodeSchema.shape.replicas). */
  schema: z.ZodType;
  onCommit: Commit<number | undefined>;
  /** Empty means "not set" (undefined) rather than an error. */
  optional?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  step?: number | "any";
}

export function NumberField({
  label,
  value,
  schema,
  onCommit,
  optional,
  placeholder,
  hint,
  step = "any",
}: NumberFieldProps) {
  const id = useId();
  const viewOnly = useViewOnly();
  // null: show the document's value; a string: what the user is typing (possibly invalid).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? (value === undefined ? "" : String(value));

  const change = (next: string) => {
    setDraft(next);
    const parsed = parseNumberInput(next);
    if (parsed === undefined) {
      if (!optional) return setError("Required");
      setError(null);
      return setError(onCommit(undefined));
    }
    if (Number.isNaN(parsed)) return setError("Must be a number");
    const own = fieldError(schema, parsed);
    if (own) return setError(own);
    setError(onCommit(parsed));
  };

  return (
    <Shell label={label} hint={hint} error={error} id={id}>
      <input
        id={id}
        className={styles.input}
        inputMode="decimal"
        type="text"
        readOnly={viewOnly}
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        data-step={step}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          // Valid: show the document's value again (normalised); invalid: keep the text and its message.
          if (!error) setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape" && error) {
            setDraft(null);
            setError(null);
          }
        }}
      />
    </Shell>
  );
}

export interface TextFieldProps {
  label: string;
  value: string | undefined;
  schema: z.ZodType;
  onCommit: Commit<string | undefined>;
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
}

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
  const viewOnly = useViewOnly();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? value ?? "";
  const change = (next: string) => {
    setDraft(next);
    if (next === "" && optional) {
      setError(onCommit(undefined));
      return;
    }
    const own = fieldError(schema, next);
    if (own) return setError(own);
    setError(onCommit(next));
  };
  const common = {
    id,
    className: styles.input,
    readOnly: viewOnly,
    value: text,
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, error, hint),
    onBlur: () => {
      if (!error) setDraft(null);
    },
  };
  return (
    <Shell label={label} hint={hint} error={error} id={id}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </Shell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: Commit<string>;
  hint?: ReactNode;
  /** Grouped options (optgroup) — `options` is then ignored. */
  groups?: { label: string; options: SelectOption[] }[];
}

export function SelectField({ label, value, options, onChange, hint, groups }: SelectFieldProps) {
  const id = useId();
  const viewOnly = useViewOnly();
  const [error, setError] = useState<string | null>(null);
  return (
    <Shell label={label} hint={hint} error={error} id={id}>
      <select
        id={id}
        className={styles.input}
        disabled={viewOnly}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => setError(onChange(e.target.value))}
      >
        {groups
          ? groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))
          : options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
      </select>
    </Shell>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: Commit<boolean>;
  hint?: ReactNode;
}) {
  const id = useId();
  const viewOnly = useViewOnly();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.field}>
      <div className={styles.checkbox}>
        <input
          id={id}
          type="checkbox"
          disabled={viewOnly}
          checked={checked}
          aria-describedby={describedBy(id, error, hint)}
          onChange={(e) => setError(onChange(e.target.checked))}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className={styles.fieldHint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A titled group of fields. */
export function FieldGroup({
  title,
  children,
  open = true,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
}) {
  return (
    <details className={styles.group} open={open}>
      <summary className={styles.groupTitle}>{title}</summary>
      <div className={styles.groupBody}>{children}</div>
    </details>
  );
}
