"use client";

import type { PlanSort } from "@/lib/api/plan-schemas";
import styles from "./plans.module.css";

export interface PlansToolbarProps {
  search: string;
  onSearch: (q: string) => void;
  sort: PlanSort;
  onSort: (sort: PlanSort) => void;
  archived: boolean;
  onArchived: (archived: boolean) => void;
}

const SORT_LABELS: Record<PlanSort, string> = {
  updated: "Last updated",
  name: "Name (A–Z)",
  created: "Newest first",
};

/** Search, sort and the Archived toggle of the plans list. */
export function PlansToolbar({ search, onSearch, sort, onSort, archived, onArchived }: PlansToolbarProps) {
  return (
    <div className={styles.toolbar} role="search">
      <label className={styles.field}>
        <span>Search plans</span>
        <input
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          placeholder="Name or description"
        />
      </label>
      <label className={styles.field}>
        <span>Sort by</span>
        <select value={sort} onChange={(e) => onSort(e.target.value as PlanSort)}>
          {(Object.keys(SORT_LABELS) as PlanSort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={`btn ${styles.toggle}`}
        aria-pressed={archived}
        onClick={() => onArchived(!archived)}
      >
        Archived
      </button>
    </div>
  );
}
