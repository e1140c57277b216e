"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * The plan could not be opened: the database is unreachable, or its stored document no longer parses (reported,
 * never silently "fixed"). The message says which; the user can retry or go back to the list.
 */
export default function PlanError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("planErrors");
  const common = useTranslations("common");
  return (
    <main className="page">
      <h1>{t("openFailed")}</h1>
      <div className="error-state" role="alert">
        <p style={{ margin: 0 }}>{error.message || common("unexpectedError")}</p>
        {error.digest && <p className="muted">{t("reference", { digest: error.digest })}</p>}
      </div>
      <p style={{ display: "flex", gap: 8, marginTop: 16 }}>
        <button type="button" className="btn btn-primary" onClick={reset}>
          {common("actions.retry")}
        </button>
        <Link className="btn" href="/plans">
          {t("backToPlans")}
        </Link>
      </p>
    </main>
  );
}
