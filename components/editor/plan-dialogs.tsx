"use client";

import { useState } from "react";
import { ConflictDialog } from "@/components/plan/conflict-dialog";
import { HistoryPanel } from "@/components/plan/history-panel";
import { ExportDialog } from "@/components/export/export-dialog";
import { ShareDialog } from "@/components/plan/share-dialog";
import { useEditor, useEditorUi } from "@/lib/editor/editor-context";
import { useAutosaveState } from "./autosave-context";
import { EditorDialog } from "./editor-dialog";
import type { EditorSource } from "./editor-source";
import styles from "./editor.module.css";

export interface PlanDialogsProps {
  source: EditorSource;
  /** A version was restored on the server: the editor must reload the plan. */
  onRestored: (revision: number) => void;
}

/**
 * The plan's dialogs, wired to the editor: version history and share links (owner only), the bundle export (owner or
 * share link) and the save conflict.
 */
export function PlanDialogs({ source, onRestored }: PlanDialogsProps) {
  const autosave = useAutosaveState();
  // The conflict dialog opens for each new conflict; closing it without a choice hides it until "Resolve…".
  const dismissedConflict = useEditorUi((s) => s.dismissedConflict);
  const setDismissedConflict = useEditorUi((s) => s.setDismissedConflict);
  const conflictOpen = autosave.conflict !== null && dismissedConflict !== autosave.conflict.theirsRevision;
  const setConflictOpen = (open: boolean) =>
    setDismissedConflict(open ? "reopen" : (autosave.conflict?.theirsRevision ?? null));
  const dialog = useEditorUi((s) => s.dialog);
  const setDialog = useEditorUi((s) => s.setDialog);
  const name = useEditor((s) => s.doc.metadata.name);
  const environment = useEditor((s) => s.doc.metadata.environment);
  const close = () => setDialog(null);
  const [restoring, setRestoring] = useState(false);
  const planId = source.kind === "plan" ? source.planId : null;
  return (
    <>
      {planId !== null && (
        <OwnerDialogs
          planId={planId}
          planName={name}
          dialog={dialog}
          close={close}
          currentRevision={autosave.revision}
          onRestored={(revision) => {
            if (restoring) return;
            setRestoring(true);
            close();
            onRestored(revision);
          }}
        />
      )}
      <ExportDialog
        open={dialog === "export"}
        onClose={close}
        source={
          source.kind === "plan"
            ? { kind: "plan", planId: source.planId }
            : { kind: "shared", token: source.token }
        }
        planName={name}
        defaultEnvironment={environment}
      />
      {autosave.conflict && (
        <ConflictDialog
          open={conflictOpen}
          conflict={autosave.conflict}
          onKeepMine={() => {
            setConflictOpen(false);
            autosave.keepMine();
          }}
          onTakeTheirs={() => {
            setConflictOpen(false);
            autosave.takeTheirs();
          }}
          onClose={() => setConflictOpen(false)}
        />
      )}
    </>
  );
}

/** Version history and share links: the owner's API, so only in the owner's editor (not through a share link). */
function OwnerDialogs({
  planId,
  planName,
  dialog,
  close,
  currentRevision,
  onRestored,
}: {
  planId: string;
  planName: string;
  dialog: string | null;
  close: () => void;
  currentRevision: number;
  onRestored: (revision: number) => void;
}) {
  return (
    <>
      <EditorDialog
        open={dialog === "history"}
        onClose={close}
        title="Version history"
        hideTitle
        className={styles.wideDialog}
      >
        {dialog === "history" && (
          <HistoryPanel planId={planId} currentRevision={currentRevision} onRestored={onRestored} />
        )}
        <div className={styles.dialogFooter}>
          <button type="button" className="btn" onClick={close}>
            Close
          </button>
        </div>
      </EditorDialog>
      <ShareDialog planId={planId} planName={planName} open={dialog === "share"} onClose={close} />
    </>
  );
}
