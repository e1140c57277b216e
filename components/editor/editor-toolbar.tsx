"use client";

import type { ReactNode } from "react";
import { getAction, isAllowed, type ActionContext } from "@/lib/editor/actions/registry";
import { useEditor } from "@/lib/editor/editor-context";
import { shortcutLabel } from "@/lib/editor/keyboard";
import { selectCanRedo, selectCanUndo } from "@/lib/editor/store";
import { useAutosaveState } from "./autosave-context";
import styles from "./editor.module.css";

function ActionButton({
  id,
  ctx,
  isMac,
  children,
  disabled,
}: {
  id: string;
  ctx: ActionContext;
  isMac: boolean;
  children: ReactNode;
  disabled?: boolean;
}) {
  const action = getAction(id)!;
  const access = useEditor((s) => s.access);
  const key = action.shortcuts?.[0];
  // Commands this editor's access does not offer (editing on a view-only link, history on any link) are not shown.
  if (!isAllowed(action, access)) return null;
  return (
    <button
      type="button"
      className="btn btn-small"
      aria-label={action.label}
      title={key ? `${action.label} (${shortcutLabel(key, isMac)})` : action.label}
      aria-keyshortcuts={key?.replace("Mod", isMac ? "Meta" : "Control")}
      disabled={disabled}
      onClick={() => void action.perform(ctx)}
    >
      {children}
    </button>
  );
}

export interface EditorToolbarProps {
  ctx: ActionContext;
  isMac: boolean;
  /** The save indicator (SaveStatus from components/plan), rendered as given. */
  saveStatus: ReactNode;
}

/** The plan's name, the save indicator and the editing commands (each also reachable by shortcut and palette). */
export function EditorToolbar({ ctx, isMac, saveStatus }: EditorToolbarProps) {
  const { dirty } = useAutosaveState();
  const name = useEditor((s) => s.doc.metadata.name);
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const access = useEditor((s) => s.access);
  return (
    <div className={styles.toolbar}>
      <h1 className={styles.planName} title={name}>
        {name}
      </h1>
      {/* Always laid out (hidden when clean) so the toolbar never reflows when edits start or are saved. */}
      <span
        className={styles.unsaved}
        data-hidden={!dirty}
        aria-hidden={!dirty}
        title="Edits not yet saved on the server"
      >
        Unsaved changes
      </span>
      <div className={styles.saveStatus}>{saveStatus}</div>
      {access !== "view" && (
        <div className={styles.toolGroup} aria-label="History" role="group">
          <ActionButton id="undo" ctx={ctx} isMac={isMac} disabled={!canUndo}>
            ↶ Undo
          </ActionButton>
          <ActionButton id="redo" ctx={ctx} isMac={isMac} disabled={!canRedo}>
            ↷ Redo
          </ActionButton>
        </div>
      )}
      <div className={styles.toolGroup} aria-label="Arrange" role="group">
        <ActionButton id="auto-layout-all" ctx={ctx} isMac={isMac}>
          Auto-layout
        </ActionButton>
        <ActionButton id="auto-layout-missing" ctx={ctx} isMac={isMac}>
          Place new
        </ActionButton>
        <ActionButton id="fit-view" ctx={ctx} isMac={isMac}>
          Fit view
        </ActionButton>
      </div>
      <div className={styles.toolGroup} aria-label="Plan" role="group">
        <ActionButton id="history" ctx={ctx} isMac={isMac}>
          History
        </ActionButton>
        <ActionButton id="share" ctx={ctx} isMac={isMac}>
          Share
        </ActionButton>
        <ActionButton id="export-bundle" ctx={ctx} isMac={isMac}>
          Export
        </ActionButton>
        <ActionButton id="command-palette" ctx={ctx} isMac={isMac}>
          ⌘ Commands
        </ActionButton>
        <ActionButton id="shortcuts" ctx={ctx} isMac={isMac}>
          ?
        </ActionButton>
      </div>
    </div>
  );
}
