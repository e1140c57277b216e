"use client";

import Link from "next/link";
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

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The plans list: one row per plan with its actions, each button named after its plan for screen readers. */
export function PlansTable({ plans, busyId, onDuplicate, onShare, onArchive, onRestore }: PlansTableProps) {
  return (
    <table className="data" aria-label="Plans">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Revision
          </th>
          <th scope="col">Updated</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.id}>
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
                {p.archived ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busyId === p.id}
                    onClick={() => onRestore(p)}
                    aria-label={`Restore ${p.name}`}
                  >
                    Restore
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busyId === p.id}
                      onClick={() => onDuplicate(p)}
                      aria-label={`Duplicate ${p.name}`}
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => onShare(p)}
                      aria-label={`Share ${p.name}`}
                    >
                      Share
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busyId === p.id}
                      onClick={() => onArchive(p)}
                      aria-label={`Archive ${p.name}`}
                    >
                      Archive
                    </button>
                  </>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
