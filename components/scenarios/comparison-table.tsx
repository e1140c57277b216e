"use client";

import { useTranslations } from "next-intl";
import type { ComparisonCell, ComparisonColumn, ComparisonMetric } from "./comparison-data";
import { RiskBadge } from "./risk-badge";
import styles from "./scenarios.module.css";

export interface ComparisonTableProps {
  /** One column per design: the current design first, then each scenario (`comparisonColumns(comparison)`). */
  columns: readonly ComparisonColumn[];
  /** One row per figure, one cell per column (`comparisonMetrics(comparison, currency, rate)`). */
  metrics: readonly ComparisonMetric[];
  /** "Apply" on a scenario column (the editor makes it undoable). */
  onApply: (scenarioId: string) => void;
  /** "Remove" on a scenario column. */
  onRemove: (scenarioId: string) => void;
  /** Hide the Apply / Remove buttons (read-only plan). */
  readOnly?: boolean;
}

const TONE: Record<NonNullable<ComparisonCell["tone"]>, string> = {
  ok: styles.ok!,
  warning: styles.warning!,
  error: styles.errorTone!,
};

/**
 * The designs side by side: figures as rows (the first column stays in view while scrolling sideways), designs as
 * columns with their kind, what they deploy, their risk badges and Apply / Remove. The best value of a row among
 * the designs that meet the SLOs is in bold and marked "best" for screen readers.
 */
export function ComparisonTable({
  columns,
  metrics,
  onApply,
  onRemove,
  readOnly = false,
}: ComparisonTableProps) {
  const t = useTranslations("scenarios.table");
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t("caption", { count: columns.length - 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("figure")}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.isCurrent ? styles.current : undefined}>
                <span className={styles.colName}>{c.name}</span>
                <span className={`badge ${styles.colKind}`}>{c.kindLabel}</span>
                <span className={styles.colDesc}>{c.description}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <MetricRow key={m.id} metric={m} columns={columns} />
          ))}
          <RisksRow columns={columns} />
          {!readOnly && <ActionsRow columns={columns} onApply={onApply} onRemove={onRemove} />}
        </tbody>
      </table>
    </div>
  );
}

/** One figure across the designs, its best value in bold and marked "best" for screen readers. */
function MetricRow({
  metric: m,
  columns,
}: {
  metric: ComparisonMetric;
  columns: readonly ComparisonColumn[];
}) {
  const t = useTranslations("scenarios.table");
  return (
    <tr>
      <th scope="row">
        {m.label}
        {m.hint && <span className={styles.hint}>{m.hint}</span>}
      </th>
      {m.cells.map((cell, i) => (
        <td
          key={columns[i]?.key ?? i}
          className={[
            styles.cell,
            cell.tone ? TONE[cell.tone] : "",
            cell.best ? styles.best : "",
            columns[i]?.isCurrent ? styles.current : "",
          ].join(" ")}
        >
          {cell.text}
          {cell.best && <span className="visually-hidden"> {t("best")}</span>}
        </td>
      ))}
    </tr>
  );
}

function RisksRow({ columns }: { columns: readonly ComparisonColumn[] }) {
  const t = useTranslations("scenarios.table");
  return (
    <tr>
      <th scope="row">
        {t("risks")}
        <span className={styles.hint}>{t("risksHint")}</span>
      </th>
      {columns.map((c) => (
        <td key={c.key} className={c.isCurrent ? styles.current : undefined}>
          {c.risks.length === 0 ? (
            t("none")
          ) : (
            <span className={styles.risks}>
              {c.risks.map((r) => (
                <RiskBadge key={r.code} risk={r} />
              ))}
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}

/** Apply / Remove under each scenario (the current design is the canvas itself). */
function ActionsRow({
  columns,
  onApply,
  onRemove,
}: Pick<ComparisonTableProps, "columns" | "onApply" | "onRemove">) {
  const t = useTranslations("scenarios.table");
  return (
    <tr>
      <th scope="row">{t("actions")}</th>
      {columns.map((c) => (
        <td key={c.key} className={c.isCurrent ? styles.current : undefined}>
          {c.scenarioId === null ? (
            <span className={styles.hint}>{t("canvasDesign")}</span>
          ) : (
            <span className={styles.actions}>
              <button type="button" className="btn btn-small" onClick={() => onApply(c.scenarioId!)}>
                {t("apply")}
                <span className="visually-hidden"> {c.name}</span>
              </button>
              <button type="button" className="btn btn-small" onClick={() => onRemove(c.scenarioId!)}>
                {t("remove")}
                <span className="visually-hidden"> {c.name}</span>
              </button>
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}
