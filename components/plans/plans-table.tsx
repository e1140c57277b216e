"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import type { PlanSummaryDto } from "@/lib/api/plan-schemas";
import styles from "./plans.module.css";

export interface PlansTableProps {
  plans: PlanSummaryDto[];
  /** Which plan has an action running (its buttons are disabled). */
  busyId: string | null;
  onDuplicate: (plan: PlanSummaryDto) => void;
  onShare: (plan: PlanSummaryDto) => void;
  onArchive: (plan: PlanSummaryDto) => void;
  onRestore: (plan: PlanSummaryDto) => void;
}

/** The plans list: one row per plan with its actions, each button named after its plan for screen readers. */
export function PlansTable({ plans, ...actions }: PlansTableProps) {
  const t = useTranslations("plans");
  return (
    <table className="data" aria-label={t("tableLabel")}>
      <thead>
        <tr>
          <th scope="col">{t("columns.name")}</th>
          <th scope="col" className="num">
            {t("columns.revision")}
          </th>
          <th scope="col">{t("columns.updated")}</th>
          <th scope="col">{t("columns.created")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("columns.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <PlanRow key={p.id} plan={p} {...actions} />
        ))}
      </tbody>
    </table>
  );
}

type PlanActionsProps = Omit<PlansTableProps, "plans"> & { plan: PlanSummaryDto };

function PlanRow({ plan: p, ...actions }: PlanActionsProps) {
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(iso, locale);
  return (
    <tr>
      <th scope="row">
        {p.archived ? p.name : <Link href={`/plans/${p.id}`}>{p.name}</Link>}
        {p.description && (
          <div className="muted" style={{ fontWeight: 400 }}>
            {p.description.length > 120 ? `${p.description.slice(0, 117)}…` : p.description}
          </div>
        )}
      </th>
      <td className="num">{p.revision}</td>
      <td>
        <time dateTime={p.updatedAt}>{when(p.updatedAt)}</time>
      </td>
      <td>
        <time dateTime={p.createdAt}>{when(p.createdAt)}</time>
      </td>
      <td>
        <div className={styles.actions}>
          <PlanActions plan={p} {...actions} />
        </div>
      </td>
    </tr>
  );
}

/** Restore for an archived plan; duplicate, share and archive otherwise. */
function PlanActions({ plan: p, busyId, onDuplicate, onShare, onArchive, onRestore }: PlanActionsProps) {
  const t = useTranslations("plans");
  if (p.archived) {
    return (
      <button
        type="button"
        className="btn btn-small"
        disabled={busyId === p.id}
        onClick={() => onRestore(p)}
        aria-label={t("restoreNamed", { name: p.name })}
      >
        {t("restore")}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={busyId === p.id}
        onClick={() => onDuplicate(p)}
        aria-label={t("duplicateNamed", { name: p.name })}
      >
        {t("duplicate")}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onShare(p)}
        aria-label={t("shareNamed", { name: p.name })}
      >
        {t("share")}
      </button>
      <button
        type="button"
        className="btn btn-small"
        disabled={busyId === p.id}
        onClick={() => onArchive(p)}
        aria-label={t("archiveNamed", { name: p.name })}
      >
        {t("archive")}
      </button>
    </>
  );
}
