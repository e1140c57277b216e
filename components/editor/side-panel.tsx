"use client";

import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useEditor } from "@/lib/editor/editor-context";
import styles from "./editor.module.css";

type Tab = "inspector" | "dashboard" | "advisor" | "scenarios";
const TABS: { id: Tab; label: string }[] = [
  { id: "dashboard", label: "Dashboard" },
  { id: "inspector", label: "Inspector" },
  { id: "advisor", label: "Advisor" },
  { id: "scenarios", label: "Scenarios" },
];

/**
 * The right-hand panel: the dashboard (key figures, charts, findings) and the inspector share it as tabs. The tab
 * follows the selection — selecting something shows the inspector, clearing it the dashboard — until the user picks
 * a tab, which holds until the selection changes again. The dashboard stays mounted (charts keep their state).
 */
export function SidePanel({
  inspector,
  dashboard,
  advisor,
  scenarios,
}: {
  inspector: ReactNode;
  dashboard: ReactNode;
  /** Rendered only while its tab is shown (its search runs in a worker only then). */
  advisor?: (shown: boolean) => ReactNode;
  scenarios?: (shown: boolean) => ReactNode;
}) {
  const selectionKey = useEditor(
    (s) => `${s.selection.nodes.join(",")}|${s.selection.edges.join(",")}|${s.selection.zones.join(",")}`,
  );
  const [picked, setPicked] = useState<{ tab: Tab; forSelection: string } | null>(null);
  const auto: Tab = selectionKey === "||" ? "dashboard" : "inspector";
  // The inspector follows the selection; the advisor and scenario tabs stay until the user leaves them.
  const sticky = picked && (picked.tab === "advisor" || picked.tab === "scenarios");
  const tab = picked && (picked.forSelection === selectionKey || sticky) ? picked.tab : auto;
  const id = useId();
  const choose = (t: Tab) => setPicked({ tab: t, forSelection: selectionKey });
  const onKeyDown = (e: KeyboardEvent) => {
    // WAI-ARIA tabs: arrows move (and wrap), Home and End jump to the ends.
    const at = TABS.findIndex((t) => t.id === tab);
    const index =
      e.key === "ArrowRight"
        ? (at + 1) % TABS.length
        : e.key === "ArrowLeft"
          ? (at + TABS.length - 1) % TABS.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? TABS.length - 1
              : null;
    if (index === null) return;
    e.preventDefault();
    const next = TABS[index]!.id;
    choose(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className={styles.side}>
      <div role="tablist" aria-label="Side panel" className={styles.tabs} onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`${id}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={styles.tab}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel-inspector`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-inspector`}
        hidden={tab !== "inspector"}
        className={styles.tabPanel}
      >
        {/* Rendered only when shown: it has no state worth keeping, and hidden it would re-render on every edit. */}
        {tab === "inspector" && inspector}
      </div>
      <div
        id={`${id}-panel-dashboard`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-dashboard`}
        hidden={tab !== "dashboard"}
        className={`${styles.tabPanel} ${styles.dashboardPanel}`}
      >
        {dashboard}
      </div>
      {advisor && (
        <div
          id={`${id}-panel-advisor`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-advisor`}
          hidden={tab !== "advisor"}
          className={styles.tabPanel}
        >
          {tab === "advisor" && advisor(true)}
        </div>
      )}
      {scenarios && (
        <div
          id={`${id}-panel-scenarios`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-scenarios`}
          hidden={tab !== "scenarios"}
          className={styles.tabPanel}
        >
          {tab === "scenarios" && scenarios(true)}
        </div>
      )}
    </div>
  );
}
