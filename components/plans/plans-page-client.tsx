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
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<PlanSort>("updated");
  const [archived, setArchived] = useState(false);
  const [sharing, setSharing] = useState<PlanSummaryDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const plans = usePlans({ q, sort, archived });
  const duplicate = useDuplicatePlan();
  const archive = useArchivePlan();
  const restore = useRestorePlan();
  const busyId =
    (duplicate.isPending && duplicate.variables?.planId) ||
    (archive.isPending && archive.variables) ||
    (restore.isPending && restore.variables) ||
    null;
  const actionError = duplicate.error ?? archive.error ?? restore.error;

  useEffect(() => {
    const t = setTimeout(() => setQ(search.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [search]);

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
      {actionError && (
        <p role="alert" className={`${styles.notice} ${styles.error}`}>
          {actionError.message}
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
        <PlansTable
          plans={plans.data}
          busyId={busyId || null}
          onDuplicate={(p) =>
            duplicate.mutate(
              { planId: p.id },
              { onSuccess: () => setNotice(t("duplicated", { name: p.name })) },
            )
          }
          onShare={setSharing}
          onArchive={(p) =>
            archive.mutate(p.id, { onSuccess: () => setNotice(t("archived", { name: p.name })) })
          }
          onRestore={(p) =>
            restore.mutate(p.id, { onSuccess: () => setNotice(t("restored", { name: p.name })) })
          }
        />
      )}
      {!archived && <NewFromTemplate />}
      {sharing && (
        <ShareDialog planId={sharing.id} planName={sharing.name} open onClose={() => setSharing(null)} />
      )}
    </main>
  );
}
