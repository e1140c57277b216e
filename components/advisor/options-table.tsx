"use client";

import { useId, useMemo, useState } from "react";
import type { AdviseOption } from "@/lib/engine/advisor";
import { formatMs, formatNumber, formatTokensPerSecond, formatUsd } from "@/lib/format";
import {
  formatHeadroom,
  nextSort,
  sortOptionRows,
  SORT_LABELS,
  type OptionRow,
  type OptionSortKey,
  type SortDirection,
} from "./options-data";
import styles from "./advisor.module.css";

export interface OptionsTableProps {
  /** The advisor's options as rows (`optionRows(result)`), in the engine's order. */
  rows: readonly OptionRow[];
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
  /** "Apply" on a row. */
  onApply: (option: AdviseOption) => void;
  /** "Save as scenario" on a row. */
  onSaveAsScenario: (option: AdviseOption) => void;
  /** Hide the row actions (read-only plan). */
  readOnly?: boolean;
  /** Rows shown before "Show all" (default 10); the sort applies to all rows first. */
  initialRows?: number;
}

const SORT_ICON: Record<SortDirection, string> = { asc: "▲", desc: "▼" };
const ARIA_SORT: Record<SortDirection, "ascending" | "descending"> = { asc: "ascending", desc: "descending" };

/**
 * Every option the advisor evaluated, sortable by monthly cost, headroom and TTFT (buttons in the column headings,
 * `aria-sort` on the sorted one), with the recommendation, Pareto-optimal options, SLO misses and broken
 * constraints marked in words, and Apply / Save as scenario per row.
 */
export function OptionsTable({
  rows,
  currency,
  rate,
  onApply,
  onSaveAsScenario,
  readOnly = false,
  initialRows = 10,
}: OptionsTableProps) {
  const captionId = useId();
  const [showAll, setShowAll] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: "cost", direction: "asc" });
  const sorted = useMemo(() => sortOptionRows(rows, sort.key, sort.direction), [rows, sort]);
  const shown = showAll ? sorted : sorted.slice(0, initialRows);
  const money = (usd: number) => formatUsd(usd, currency, rate);
  const header = (key: OptionSortKey, label: string) => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={() => setSort((s) => nextSort(s, key))} />
  );

  if (rows.length === 0) return <p className="empty-state">The advisor found no option to show.</p>;

  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-describedby={captionId}>
        <caption id={captionId}>
          {shown.length < rows.length
            ? `${formatNumber(shown.length)} of ${formatNumber(rows.length)} options`
            : `${formatNumber(rows.length)} options`}
          , sorted by {SORT_LABELS[sort.key].toLowerCase()} (
          {sort.direction === "asc" ? "ascending" : "descending"}). Monthly cost is the whole plan with CAPEX
          amortised.
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {header("cost", "Monthly cost")}
            <th scope="col" className={styles.num}>
              TCO
            </th>
            {header("headroom", "Headroom")}
            <th scope="col" className={styles.num}>
              Per user
            </th>
            {header("ttft", "TTFT")}
            <th scope="col">SLOs</th>
            {!readOnly && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <OptionRowView
              key={r.id}
              row={r}
              money={money}
              onApply={onApply}
              onSaveAsScenario={onSaveAsScenario}
              readOnly={readOnly}
            />
          ))}
        </tbody>
      </table>
      {rows.length > initialRows && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setShowAll((x) => !x)}
          aria-expanded={showAll}
        >
          {showAll
            ? `Show the first ${formatNumber(initialRows)}`
            : `Show all ${formatNumber(rows.length)} options`}
        </button>
      )}
    </div>
  );
}

type Sort = { key: OptionSortKey; direction: SortDirection };

/** A sortable column heading: a button that says how it is sorted and what activating it does. */
function SortHeader({
  sortKey,
  label,
  sort,
  onSort,
}: {
  sortKey: OptionSortKey;
  label: string;
  sort: Sort;
  onSort: () => void;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={styles.num} aria-sort={active ? ARIA_SORT[sort.direction] : "none"}>
      <button type="button" className={styles.sortButton} onClick={onSort}>
        {label}
        <span className={styles.sortIcon} aria-hidden="true">
          {active ? SORT_ICON[sort.direction] : "↕"}
        </span>
        <span className="visually-hidden">
          {active
            ? `, sorted ${sort.direction === "asc" ? "ascending" : "descending"}; activate to reverse`
            : ", activate to sort"}
        </span>
      </button>
    </th>
  );
}

/** The option's name and badges in words (recommended, Pareto-optimal, cloud, broken constraints, errors). */
function OptionBadges({ row: r }: { row: OptionRow }) {
  return (
    <div className={styles.badges}>
      {r.recommended && <span className="badge badge-info">Recommended</span>}
      {r.paretoOptimal && <span className="badge">Pareto-optimal</span>}
      {r.kind === "cloud" && <span className="badge">Cloud API</span>}
      {r.dataLeavesPremises && <span className="badge badge-warning">Data leaves premises</span>}
      {r.violations.length > 0 && (
        <span className="badge badge-error" title={r.violations.join("; ")}>
          Breaks {formatNumber(r.violations.length)} constraint{r.violations.length === 1 ? "" : "s"}
          <span className="visually-hidden">: {r.violations.join("; ")}</span>
        </span>
      )}
      {r.errors > 0 && (
        <span className="badge badge-error">
          {formatNumber(r.errors)} error{r.errors === 1 ? "" : "s"}
        </span>
      )}
    </div>
  );
}

interface OptionRowViewProps extends Pick<OptionsTableProps, "onApply" | "onSaveAsScenario"> {
  row: OptionRow;
  money: (usd: number) => string;
  readOnly: boolean;
}

/** One option: its figures, the SLO verdict, and Apply / Save as scenario. */
function OptionRowView({ row: r, money, onApply, onSaveAsScenario, readOnly }: OptionRowViewProps) {
  const headroomBad = r.headroom === null ? r.kind !== "cloud" : r.headroom < 0;
  return (
    <tr className={r.recommended ? styles.rowRecommended : undefined}>
      <th scope="row" style={{ fontWeight: 400 }}>
        <span className={styles.title}>{r.title}</span>
        {r.product && <span className={styles.product}>on {r.product}</span>}
        <OptionBadges row={r} />
      </th>
      <td className={styles.num}>{money(r.monthlyCostUsd)}</td>
      <td className={styles.num}>{money(r.tcoUsd)}</td>
      <td className={`${styles.num} ${headroomBad ? styles.cellError : ""}`}>
        {formatHeadroom(r.headroom, r.kind === "cloud")}
      </td>
      <td className={styles.num}>{formatTokensPerSecond(r.perUserTokensPerSecond)}</td>
      <td className={styles.num}>{formatMs(r.ttftMs)}</td>
      <td className={`${styles.nowrap} ${r.meetsSlo ? styles.cellOk : styles.cellError}`}>
        {r.meetsSlo ? "✓ met" : "✕ missed"}
      </td>
      {!readOnly && (
        <td>
          <div className={styles.rowActions}>
            <button type="button" className="btn btn-small" onClick={() => onApply(r.option)}>
              Apply<span className="visually-hidden"> {r.title}</span>
            </button>
            <button type="button" className="btn btn-small" onClick={() => onSaveAsScenario(r.option)}>
              Save as scenario<span className="visually-hidden">: {r.title}</span>
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
