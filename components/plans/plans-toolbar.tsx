"use client";

import { useTranslations } from "next-intl";
import { PLAN_SORTS, type PlanSort } from "@/lib/api/plan-schemas";
import styles from "./plans.module.css";

export interface PlansToolbarProps {
  search: string;
  onSearch: (q: string) => void;
  sort: PlanSort;
  onSort: (sort: PlanSort) => void;
  archived: boolean;
  onArchived: (archived: boolean) => void;
}

/** Search, sort and the Archived toggle of the plans list. */
export function PlansToolbar({ search, onSearch, sort, onSort, archived, onArchived }: PlansToolbarProps) {
  const t = useTranslations("plans");
  return (
    <div className={styles.toolbar} role="search">
      <label className={styles.field}>
        <span>{t("search")}</span>
        <input
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          placeholder={t("searchPlaceholder")}
        />
      </label>
      <label className={styles.field}>
        <span>{t("sortBy")}</span>
        <select value={sort} onChange={(e) => onSort(e.target.value as PlanSort)}>
          {PLAN_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
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
        {t("archivedToggle")}
      </button>
    </div>
  );
}
