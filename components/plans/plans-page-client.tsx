"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PlanSort, PlanSummaryDto } from "@/lib/api/plan-schemas";
import { usePlans } from "@/lib/queries/use-plans";
import { useArchivePlan, useDuplicatePlan, useRestorePlan } from "@/lib/queries/use-plan-mutations";
import { ShareDialog } from "@/components/plan/share-dialog";
import { NewFromTemplate } from "./new-from-template";
import { PlansTable } from "./plans-table";
import { PlansToolbar } from "./plans-toolbar";
import styles from "./plans.module.css";

/** Search is sent after this much quiet typing, ms. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * The plans list: search, sort, the Archived toggle, per-plan duplicate / share / archive / restore, and new plans
 * from templates — all through the REST API with TanStack Query (loading, empty and error states included).
 */
export function PlansPageClient() {
  const t = useTranslations("plans");
  const [search, setSearch] = useState("");
  const q = useDebounced(search, SEARCH_DEBOUNCE_MS).trim();
  const [sort, setSort] = useState<PlanSort>("updated");
  const [archived, setArchived] = useState(false);
  const [sharing, setSharing] = useState<PlanSummaryDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const plans = usePlans({ q, sort, archived });
  const actions = usePlanActions(setNotice);

  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <PlansToolbar
        search={search}
        onSearch={setSearch}
        sort={sort}
        onSort={setSort}
        archived={archived}
        onArchived={setArchived}
      />
      <p role="status" aria-live="polite" className={`muted ${styles.notice}`}>
        {notice}
      </p>
      {actions.error && (
        <p role="alert" className={`${styles.notice} ${styles.error}`}>
          {actions.error.message}
        </p>
      )}
      {plans.isPending ? (
        <p role="status">{t("loading")}</p>
      ) : plans.isError ? (
        <div role="alert" className="error-state">
          {t("loadFailed", { message: plans.error.message })}{" "}
          <button type="button" className="btn btn-small" onClick={() => void plans.refetch()}>
            {t("retry")}
          </button>
        </div>
      ) : plans.data.length === 0 ? (
        <p className="empty-state">
          {q ? t(archived ? "noArchivedMatch" : "noMatch", { q }) : archived ? t("noArchived") : t("none")}
        </p>
      ) : (
        <PlansTable plans={plans.data} busyId={actions.busyId} onShare={setSharing} {...actions.handlers} />
      )}
      {!archived && <NewFromTemplate />}
      {sharing && (
        <ShareDialog planId={sharing.id} planName={sharing.name} open onClose={() => setSharing(null)} />
      )}
    </main>
  );
}

/** `value` once it has stopped changing for `delayMs` (the first render sees ""). */
function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
  }, [value, delayMs]);
  return settled;
}

/** Duplicate, archive and restore a plan, each announcing its outcome; which plan is busy; the last error. */
function usePlanActions(setNotice: (notice: string) => void) {
  const t = useTranslations("plans");
  const duplicate = useDuplicatePlan();
  const archive = useArchivePlan();
  const restore = useRestorePlan();
  const busyId =
    (duplicate.isPending && duplicate.variables?.planId) ||
    (archive.isPending && archive.variables) ||
    (restore.isPending && restore.variables) ||
    null;
  const handlers = {
    onDuplicate: (p: PlanSummaryDto) =>
      duplicate.mutate({ planId: p.id }, { onSuccess: () => setNotice(t("duplicated", { name: p.name })) }),
    onArchive: (p: PlanSummaryDto) =>
      archive.mutate(p.id, { onSuccess: () => setNotice(t("archived", { name: p.name })) }),
    onRestore: (p: PlanSummaryDto) =>
      restore.mutate(p.id, { onSuccess: () => setNotice(t("restored", { name: p.name })) }),
  };
  return { busyId: busyId || null, error: duplicate.error ?? archive.error ?? restore.error, handlers };
}
