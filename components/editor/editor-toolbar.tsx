"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { getAction, isAllowed, type ActionContext } from "@/lib/editor/actions/registry";
import { useEditor } from "@/lib/editor/editor-context";
import { shortcutLabel } from "@/lib/editor/keyboard";
import { selectCanRedo, selectCanUndo } from "@/lib/editor/store";
import { useActionLabel } from "./action-label";
import { useAutosaveState } from "./autosave-context";
import styles from "./editor.module.css";
import { PlanTitle } from "./plan-title";

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
  const label = useActionLabel()(action);
  // Commands this editor's access does not offer (editing on a view-only link, history on any link) are not shown.
  if (!isAllowed(action, access)) return null;
  return (
    <button
      type="button"
      className="btn btn-small"
      aria-label={label}
      title={key ? `${label} (${shortcutLabel(key, isMac)})` : label}
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

/** The plan's name (renamed in place: plan-title.tsx), the save indicator and the editing commands (each also reachable by shortcut and palette). */
export function EditorToolbar({ ctx, isMac, saveStatus }: EditorToolbarProps) {
  const { dirty } = useAutosaveState();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const access = useEditor((s) => s.access);
  const t = useTranslations("editor");
  return (
    <div className={styles.toolbar}>
      <PlanTitle />
      {/* Always laid out (hidden when clean) so the toolbar never reflows when edits start or are saved. */}
      <span className={styles.unsaved} data-hidden={!dirty} aria-hidden={!dirty} title={t("unsavedTitle")}>
        {t("unsaved")}
      </span>
      <div className={styles.saveStatus}>{saveStatus}</div>
      {access !== "view" && (
        <div className={styles.toolGroup} aria-label={t("groups.history")} role="group">
          <ActionButton id="undo" ctx={ctx} isMac={isMac} disabled={!canUndo}>
            {t("buttons.undo")}
          </ActionButton>
          <ActionButton id="redo" ctx={ctx} isMac={isMac} disabled={!canRedo}>
            {t("buttons.redo")}
          </ActionButton>
        </div>
      )}
      <div className={styles.toolGroup} aria-label={t("groups.arrange")} role="group">
        <ActionButton id="auto-layout-all" ctx={ctx} isMac={isMac}>
          {t("buttons.autoLayout")}
        </ActionButton>
        <ActionButton id="auto-layout-missing" ctx={ctx} isMac={isMac}>
          {t("buttons.placeNew")}
        </ActionButton>
        <ActionButton id="fit-view" ctx={ctx} isMac={isMac}>
          {t("buttons.fitView")}
        </ActionButton>
      </div>
      <div className={styles.toolGroup} aria-label={t("groups.plan")} role="group">
        <ActionButton id="history" ctx={ctx} isMac={isMac}>
          {t("buttons.history")}
        </ActionButton>
        <ActionButton id="share" ctx={ctx} isMac={isMac}>
          {t("buttons.share")}
        </ActionButton>
        <ActionButton id="export-bundle" ctx={ctx} isMac={isMac}>
          {t("buttons.export")}
        </ActionButton>
        <ActionButton id="command-palette" ctx={ctx} isMac={isMac}>
          {t("buttons.commands")}
        </ActionButton>
        <ActionButton id="shortcuts" ctx={ctx} isMac={isMac}>
          ?
        </ActionButton>
      </div>
    </div>
  );
}
