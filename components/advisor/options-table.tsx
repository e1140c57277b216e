"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { AdviseOption } from "@/lib/engine/advisor";
import { formatMs, formatTokensPerSecond, formatUsd, type Locale } from "@/lib/format";
import {
  formatHeadroom,
  nextSort,
  sortOptionRows,
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
  const t = useTranslations("advisor.table");
  const locale = useLocale() as Locale;
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  const header = (key: OptionSortKey, label: string) => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={() => setSort((s) => nextSort(s, key))} />
  );

  if (rows.length === 0) return <p className="empty-state">{t("empty")}</p>;

  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-describedby={captionId}>
        <caption id={captionId}>
          {shown.length < rows.length
            ? t("captionSome", { shown: shown.length, total: rows.length })
            : t("captionAll", { total: rows.length })}
          {t("captionSort", { key: sort.key, direction: sort.direction })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("option")}</th>
            {header("cost", t("monthlyCost"))}
            <th scope="col" className={styles.num}>
              {t("tco")}
            </th>
            {header("headroom", t("headroom"))}
            <th scope="col" className={styles.num}>
              {t("perUser")}
            </th>
            {header("ttft", t("ttft"))}
            <th scope="col">{t("slos")}</th>
            {!readOnly && <th scope="col">{t("actions")}</th>}
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
          {showAll ? t("showFirst", { count: initialRows }) : t("showAll", { count: rows.length })}
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
  const t = useTranslations("advisor.table");
  return (
    <th scope="col" className={styles.num} aria-sort={active ? ARIA_SORT[sort.direction] : "none"}>
      <button type="button" className={styles.sortButton} onClick={onSort}>
        {label}
        <span className={styles.sortIcon} aria-hidden="true">
          {active ? SORT_ICON[sort.direction] : "↕"}
        </span>
        <span className="visually-hidden">
          {active ? t("sorted", { direction: sort.direction }) : t("toSort")}
        </span>
      </button>
    </th>
  );
}

/** The option's name and badges in words (recommended, Pareto-optimal, cloud, broken constraints, errors). */
function OptionBadges({ row: r }: { row: OptionRow }) {
  const t = useTranslations("advisor.table");
  return (
    <div className={styles.badges}>
      {r.recommended && <span className="badge badge-info">{t("recommended")}</span>}
      {r.paretoOptimal && <span className="badge">{t("pareto")}</span>}
      {r.kind === "cloud" && <span className="badge">{t("cloud")}</span>}
      {r.dataLeavesPremises && <span className="badge badge-warning">{t("leaves")}</span>}
      {r.violations.length > 0 && (
        <span className="badge badge-error" title={r.violations.join("; ")}>
          {t("breaks", { count: r.violations.length })}
          <span className="visually-hidden">: {r.violations.join("; ")}</span>
        </span>
      )}
      {r.errors > 0 && <span className="badge badge-error">{t("errors", { count: r.errors })}</span>}
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
  const t = useTranslations("advisor.table");
  const locale = useLocale() as Locale;
  return (
    <tr className={r.recommended ? styles.rowRecommended : undefined}>
      <th scope="row" style={{ fontWeight: 400 }}>
        <span className={styles.title}>{r.title}</span>
        {r.product && <span className={styles.product}>{t("on", { product: r.product })}</span>}
        <OptionBadges row={r} />
      </th>
      <td className={styles.num}>{money(r.monthlyCostUsd)}</td>
      <td className={styles.num}>{money(r.tcoUsd)}</td>
      <td className={`${styles.num} ${headroomBad ? styles.cellError : ""}`}>
        {formatHeadroom(r.headroom, r.kind === "cloud", locale)}
      </td>
      <td className={styles.num}>{formatTokensPerSecond(r.perUserTokensPerSecond, locale)}</td>
      <td className={styles.num}>{formatMs(r.ttftMs, locale)}</td>
      <td className={`${styles.nowrap} ${r.meetsSlo ? styles.cellOk : styles.cellError}`}>
        {r.meetsSlo ? t("met") : t("missed")}
      </td>
      {!readOnly && (
        <td>
          <div className={styles.rowActions}>
            <button type="button" className="btn btn-small" onClick={() => onApply(r.option)}>
              {t("apply")}
              <span className="visually-hidden"> {r.title}</span>
            </button>
            <button type="button" className="btn btn-small" onClick={() => onSaveAsScenario(r.option)}>
              {t("save")}
              <span className="visually-hidden">: {r.title}</span>
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
