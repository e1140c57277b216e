import type { ReactNode } from "react";
import styles from "./form.module.css";

export type FieldLayout = "stacked" | "bar";

export interface FieldShellProps {
  /** Id of the control; the label, hint and error ids derive from it. */
  id: string;
  label: string;
  /** Under the control (stacked) or the label's tooltip (bar). */
  hint?: ReactNode;
  /** Why the current text is invalid; always rendered (empty) so that screen readers announce it as it appears. */
  error?: string | null;
  layout?: FieldLayout;
  children: ReactNode;
}

/** The ids a control is described by: its hint, and its error while there is one. */
export function describedBy(
  id: string,
  hint: unknown,
  error: string | null | undefined,
  layout?: FieldLayout,
) {
  const ids = [hint && layout !== "bar" ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label, control, hint and live error line of one field. */
export function FieldShell({ id, label, hint, error, layout = "stacked", children }: FieldShellProps) {
  const bar = layout === "bar";
  return (
    <div className={bar ? `${styles.field} ${styles.bar}` : styles.field}>
      <label
        id={`${id}-label`}
        htmlFor={id}
        className={styles.label}
        title={bar && typeof hint === "string" ? hint : undefined}
      >
        {label}
      </label>
      {children}
      <FieldNotes id={id} hint={bar ? undefined : hint} error={error} />
    </div>
  );
}

/** The hint under a control, and its error line — always rendered (empty) so that it is announced as it appears. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className={styles.error} aria-live="polite">
        {error}
      </p>
    </>
  );
}
