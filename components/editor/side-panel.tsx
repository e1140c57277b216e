"use client";

import { useTranslations } from "next-intl";
import { useId, type KeyboardEvent, type ReactNode } from "react";
import { PanelResizer, WideToggle } from "./panel-resizer";
import { usePanelWidth } from "./use-panel-width";
import { useEditor, useEditorUi } from "@/lib/editor/editor-context";
import { shownSideTab, type SideTab } from "@/lib/editor/ui-store";
import styles from "./editor.module.css";

const TABS: { id: SideTab; label: string }[] = [
  { id: "dashboard", label: "Dashboard" },
  { id: "inspector", label: "Inspector" },
  { id: "advisor", label: "Advisor" },
  { id: "scenarios", label: "Scenarios" },
];

/** WAI-ARIA tabs: arrows move (and wrap), Home and End jump to the ends; null for any other key. */
function tabForKey(key: string, current: SideTab): SideTab | null {
  const at = TABS.findIndex((t) => t.id === current);
  const index =
    key === "ArrowRight"
      ? (at + 1) % TABS.length
      : key === "ArrowLeft"
        ? (at + TABS.length - 1) % TABS.length
        : key === "Home"
          ? 0
          : key === "End"
            ? TABS.length - 1
            : null;
  return index === null ? null : TABS[index]!.id;
}

function TabList({ id, tab, choose }: { id: string; tab: SideTab; choose: (tab: SideTab) => void }) {
  const t = useTranslations("editor.tabs");
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabForKey(e.key, tab);
    if (next === null) return;
    e.preventDefault();
    choose(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t("label")} className={styles.tabs} onKeyDown={onKeyDown}>
      {TABS.map((x) => (
        <button
          key={x.id}
          id={`${id}-tab-${x.id}`}
          type="button"
          role="tab"
          aria-selected={tab === x.id}
          aria-controls={`${id}-panel-${x.id}`}
          tabIndex={tab === x.id ? 0 : -1}
          className={styles.tab}
          onClick={() => choose(x.id)}
        >
          {t(x.id)}
        </button>
      ))}
    </div>
  );
}

function TabPanel({
  id,
  tab,
  shown,
  className = styles.tabPanel,
  children,
}: {
  id: string;
  tab: SideTab;
  shown: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      id={`${id}-panel-${tab}`}
      role="tabpanel"
      aria-labelledby={`${id}-tab-${tab}`}
      hidden={!shown}
      className={className}
    >
      {children}
    </div>
  );
}

/**
 * The right-hand panel: the dashboard (key figures, charts, findings) and the inspector share it as tabs. The tab
 * follows the selection — selecting something shows the inspector, clearing it the dashboard — until the user picks
 * a tab (kept in the UI store; see shownSideTab). The dashboard stays mounted (charts keep their state).
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
  const tab = shownSideTab(
    useEditorUi((s) => s.sideTab),
    selectionKey,
  );
  const pick = useEditorUi((s) => s.pickSideTab);
  const id = useId();
  const [widthPx, setWidth] = usePanelWidth();
  return (
    <div className={styles.side}>
      <PanelResizer onResize={setWidth} />
      <div className={styles.sideHead}>
        <TabList id={id} tab={tab} choose={(t) => pick(t, selectionKey)} />
        <WideToggle widthPx={widthPx} onResize={setWidth} />
      </div>
      <TabPanel id={id} tab="inspector" shown={tab === "inspector"}>
        {/* Rendered only when shown: it has no state worth keeping, and hidden it would re-render on every edit. */}
        {tab === "inspector" && inspector}
      </TabPanel>
      <TabPanel
        id={id}
        tab="dashboard"
        shown={tab === "dashboard"}
        className={`${styles.tabPanel} ${styles.dashboardPanel}`}
      >
        {dashboard}
      </TabPanel>
      {advisor && (
        <TabPanel id={id} tab="advisor" shown={tab === "advisor"}>
          {tab === "advisor" && advisor(true)}
        </TabPanel>
      )}
      {scenarios && (
        <TabPanel id={id} tab="scenarios" shown={tab === "scenarios"}>
          {tab === "scenarios" && scenarios(true)}
        </TabPanel>
      )}
    </div>
  );
}
