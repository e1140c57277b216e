"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { evaluate } from "@/lib/engine/evaluate";
import { findingKey } from "@/lib/export/pdf/facts";
import styles from "./plan-ui.module.css";

/**
 * The saved plan's findings, to pick the ones a customer link shows as "points to review" (a customer sees no
 * finding unless picked here). Evaluated in the browser with the same engine as the editor.
 */
export function ReviewFindingsPicker({
  planId,
  selected,
  onChange,
}: {
  planId: string;
  selected: string[];
  onChange: (keys: string[]) => void;
}) {
  const findings = useQuery({
    queryKey: ["plans", planId, "findings"],
    queryFn: async ({ signal }) => evaluate((await api.getPlan(planId, signal)).document).findings,
  });
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...selected, key] : selected.filter((k) => k !== key));
  return (
    <fieldset className={styles.fieldset}>
      <legend>Points to review shown to the customer</legend>
      {findings.isPending && <p role="status">Checking the plan…</p>}
      {findings.isError && <p role="alert">Could not check the plan: {findings.error.message}</p>}
      {findings.data?.length === 0 && <p className="muted">The plan has no findings.</p>}
      {findings.data?.map((f) => {
        const key = findingKey(f);
        return (
          <label key={key} style={{ display: "block" }}>
            <input
              type="checkbox"
              checked={selected.includes(key)}
              onChange={(e) => toggle(key, e.currentTarget.checked)}
            />{" "}
            {f.message}
          </label>
        );
      })}
    </fieldset>
  );
}
