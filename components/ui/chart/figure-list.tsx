import styles from "./chart.module.css";

export interface Figure {
  id: string;
  label: string;
  value: string;
  /** Context under the value. */
  hint?: string;
  /** Colours the value: an error, a warning or good news. */
  tone?: "error" | "warning" | "ok";
}

const TONE_CLASS = { error: styles.toneError, warning: styles.toneWarning, ok: styles.toneOk } as const;

/** Headline figures as a wrapping grid of term/value pairs (a description list). */
export function FigureList({ figures, label }: { figures: readonly Figure[]; label?: string }) {
  return (
    <dl className={styles.figureGrid} aria-label={label}>
      {figures.map((f) => (
        <div key={f.id} className={`${styles.figure} ${f.tone ? TONE_CLASS[f.tone] : ""}`}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.hint && (
              <>
                {" "}
                <span className={styles.figureHint}>{f.hint}</span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
