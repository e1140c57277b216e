"use client";

import Link from "next/link";

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
  return (
    <main className="page">
      <h1>This plan could not be opened</h1>
      <div className="error-state" role="alert">
        <p style={{ margin: 0 }}>{error.message || "An unexpected error occurred."}</p>
        {error.digest && <p className="muted">Reference: {error.digest}</p>}
      </div>
      <p style={{ display: "flex", gap: 8, marginTop: 16 }}>
        <button type="button" className="btn btn-primary" onClick={reset}>
          Try again
        </button>
        <Link className="btn" href="/plans">
          Back to the plans
        </Link>
      </p>
    </main>
  );
}
