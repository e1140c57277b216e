"use client";

import type { AdviseOption } from "@/lib/engine/advisor";
import { FigureList } from "@/components/ui/chart";
import { optionFigures, optionProduct, optionTitle } from "./options-data";
import styles from "./advisor.module.css";

export interface RecommendationCardProps {
  /** The recommended option (`advise(plan).recommended`). */
  option: AdviseOption;
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
  /** "Apply recommendation". */
  onApply: (option: AdviseOption) => void;
  /** "Save as scenario". */
  onSaveAsScenario: (option: AdviseOption) => void;
  /** Dim the card: it was computed for an older version of the plan and a new search is under way. */
  stale?: boolean;
  /** Hide the buttons (read-only plan). */
  readOnly?: boolean;
}

const SEVERITY_BADGE: Record<string, string> = {
  error: "badge badge-error",
  warning: "badge badge-warning",
  info: "badge badge-info",
};

/** The advisor's recommended deployment: what it is, its figures, why it was chosen, its findings, and the actions. */
export function RecommendationCard({
  option,
  currency,
  rate,
  onApply,
  onSaveAsScenario,
  stale = false,
  readOnly = false,
}: RecommendationCardProps) {
  const figures = optionFigures(option, currency, rate);
  return (
    <section
      className={`${styles.card} ${styles.recommended} ${stale ? styles.stale : ""}`}
      aria-labelledby={`rec-${option.id}`}
    >
      <h3 id={`rec-${option.id}`}>Recommended deployment</h3>
      <p className={styles.title}>
        {optionTitle(option)}
        {optionProduct(option) && <span className={styles.product}>on {optionProduct(option)}</span>}
      </p>
      <p className={styles.description}>{option.description}</p>
      <FigureList figures={figures} label="Figures of the recommended deployment" />
      {option.reasons.length > 0 && (
        <div>
          <h4 className={styles.subhead}>Why</h4>
          <ul className={styles.list}>
            {option.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {option.findings.length > 0 && (
        <div>
          <h4 className={styles.subhead}>Findings</h4>
          <ul className={styles.findings}>
            {option.findings.map((f, i) => (
              <li key={`${f.code}-${i}`} className={styles.finding}>
                <span className={SEVERITY_BADGE[f.severity] ?? "badge"}>{f.severity}</span>
                <span>{f.message}</span>
                {f.fix && <span className={styles.fix}>{f.fix}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!readOnly && (
        <div className={styles.actions}>
          <button type="button" className="btn btn-primary" onClick={() => onApply(option)}>
            Apply recommendation
          </button>
          <button type="button" className="btn" onClick={() => onSaveAsScenario(option)}>
            Save as scenario
          </button>
        </div>
      )}
    </section>
  );
}
