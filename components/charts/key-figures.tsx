"use client";

import { useId, useMemo } from "react";
import type { Report } from "@/lib/engine/report-schema";
import { keyFigures } from "./key-figures-data";
import styles from "./charts.module.css";

export interface KeyFiguresProps {
  /** The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state). */
  report: Report | null | undefined;
  /** ISO currency code for the cost figures (the plan's `metadata.currency`); default "USD". */
  currency?: string;
  /** Display currency per USD (the plan's `metadata.usdToCurrencyRate`); default 1. */
  rate?: number;
}

const TONE_CLASS = { error: styles.toneError, warning: styles.toneWarning, ok: styles.toneOk } as const;

/**
 * The plan's headline numbers as a description list: peak requests/s, CPU cores, RAM, storage, GPUs, power,
 * monthly cost, TCO and the error / warning finding counts.
 */
export function KeyFigures({ report, currency = "USD", rate = 1 }: KeyFiguresProps) {
  const id = useId();
  const figures = useMemo(
    () => (report ? keyFigures(report, currency, rate) : null),
    [report, currency, rate],
  );
  return (
    <section role="region" aria-labelledby={`${id}-title`} aria-busy={!figures} className={styles.card}>
      <div className={styles.head}>
        <h3 id={`${id}-title`}>Key figures</h3>
      </div>
      {!figures ? (
        <div className={styles.skeleton} style={{ height: 96 }} role="status">
          <span className={styles.skeletonText}>Calculating…</span>
        </div>
      ) : (
        <dl className={styles.figureGrid}>
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
      )}
    </section>
  );
}
