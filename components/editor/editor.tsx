"use client";

import { useTranslations } from "next-intl";
import {
  memo,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from "react";
import { FlowCanvas } from "@/components/canvas/flow-canvas";
import { Inspector } from "@/components/inspector/inspector";
import { Palette } from "@/components/palette/palette";
import { SaveStatus } from "@/components/plan/save-status";
import { useEditorUi, useEditorUiApi } from "@/lib/editor/editor-context";
import { detectMac } from "@/lib/editor/keyboard";
import { AutosaveProvider, useAutosaveState } from "./autosave-context";
import type { EditorSource } from "./editor-source";
import { CommandPalette } from "./command-palette";
import { DashboardSlot, WorkloadSlot } from "./dashboard-slot";
import { EditorToolbar } from "./editor-toolbar";
import { KeyFiguresStrip } from "./key-figures-strip";
import { PlanDialogs } from "./plan-dialogs";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { AdvisorSlot, ScenariosSlot } from "./advisor-slots";
import { SidePanel } from "./side-panel";
import { Toasts } from "./toasts";
import { useActionContext } from "./use-action-context";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import styles from "./editor.module.css";

export interface EditorProps {
  /** The owner's plan, or a share link (view-only or edit); the store's `access` must match it. */
  source: EditorSource;
  /** The revision the document was loaded at. */
  revision: number;
  /** Reload the plan from the server (after a version restore). */
  onReload: () => void;
}

const noSubscription = () => () => undefined;
const clientIsMac = () => detectMac(navigator.platform || navigator.userAgent);

// Memoised: they have no props, so an editor re-render (a dialog opening) never re-renders them.
const MemoPalette = memo(Palette);
const MemoCanvas = memo(FlowCanvas);
const MemoInspector = memo(Inspector);
const renderAdvisor = (shown: boolean) => <AdvisorSlot enabled={shown} />;
const renderScenarios = (shown: boolean) => <ScenariosSlot enabled={shown} />;
const dashboard = (
  <>
    <WorkloadSlot />
    <DashboardSlot />
  </>
);

/** Fills the window below the app header, whatever its height (it wraps on narrow screens). */
function useFillBelowHeader() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const header = document.querySelector(".app-header");
    const el = ref.current;
    if (!header || !el) return;
    const update = () =>
      el.style.setProperty("--editor-top", `${Math.ceil(header.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return ref;
}

/** Palette | canvas | side panel; the panel's column follows its remembered width (`--side-width`). */
function EditorBody({ viewOnly, children }: { viewOnly: boolean; children: ReactNode }) {
  const widthPx = useEditorUi((s) => s.panelWidthPx);
  const style = widthPx === null ? undefined : ({ "--side-width": `${widthPx}px` } as CSSProperties);
  return (
    <div className={`${styles.body} ${viewOnly ? styles.bodyViewOnly : ""}`} style={style}>
      {children}
    </div>
  );
}

/** The save indicator wired to autosave; "Resolve…" reopens a dismissed conflict dialog. */
function SaveIndicator({ onResolve, viewOnly }: { onResolve: () => void; viewOnly: boolean }) {
  const autosave = useAutosaveState();
  const t = useTranslations("editor");
  if (viewOnly) {
    return (
      <span className="badge" title={t("viewOnlyTitle")}>
        {t("viewOnly")}
      </span>
    );
  }
  return (
    <SaveStatus
      status={autosave.status}
      lastSavedAt={autosave.lastSavedAt}
      error={autosave.error}
      onRetry={autosave.retry}
      onResolveConflict={onResolve}
    />
  );
}

/**
 * The plan designer: toolbar, palette, canvas, and the side panel — the dashboard (workload bar, key figures,
 * charts, findings) and the inspector as tabs, so the canvas keeps the full height of a laptop screen. Nothing here
 * subscribes to the document: each part subscribes to its own slice, so an edit re-renders only what shows it.
 */
export function Editor({ source, revision, onReload }: EditorProps) {
  const ctx = useActionContext();
  const ui = useEditorUiApi();
  const isMac = useSyncExternalStore(noSubscription, clientIsMac, () => false);
  const rootRef = useFillBelowHeader();
  useEditorShortcuts(ctx);
  const viewOnly = source.kind === "shared" && source.role === "view";
  const t = useTranslations("editor");

  return (
    <AutosaveProvider source={source} revision={revision}>
      <main ref={rootRef} className={styles.editor} aria-label={t("editorLabel")}>
        <EditorToolbar
          ctx={ctx}
          isMac={isMac}
          saveStatus={
            <SaveIndicator
              viewOnly={viewOnly}
              onResolve={() => ui.getState().setDismissedConflict("reopen")}
            />
          }
        />
        <EditorBody viewOnly={viewOnly}>
          {!viewOnly && <MemoPalette />}
          <section className={styles.canvasArea} aria-label={t("topology")}>
            <KeyFiguresStrip />
            <div className={styles.canvasSlot}>
              <MemoCanvas />
            </div>
          </section>
          <SidePanel
            advisor={renderAdvisor}
            scenarios={renderScenarios}
            inspector={<MemoInspector />}
            dashboard={dashboard}
          />
        </EditorBody>
        <Toasts />
        <CommandPalette ctx={ctx} isMac={isMac} />
        <ShortcutsDialog isMac={isMac} />
        <PlanDialogs source={source} onRestored={onReload} />
      </main>
    </AutosaveProvider>
  );
}
