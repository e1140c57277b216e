"use client";

import { diffNames } from "@/lib/plan/diff-names";
import type { AutosaveConflict } from "@/lib/queries/autosave-controller";
import { DiffView } from "./diff-view";
import { ModalDialog } from "./modal-dialog";

export interface ConflictDialogProps {
  open: boolean;
  /** useAutosave().conflict: ours, theirs (with its revision) and what ours changes relative to theirs. */
  conflict: AutosaveConflict;
  /** Save our version as the next revision (theirs stays in the history) — useAutosave().keepMine. */
  onKeepMine: () => void;
  /** Drop our unsaved changes and continue from theirs — useAutosave().takeTheirs. */
  onTakeTheirs: () => void;
  /** Escape / close button: decide later (autosave stays paused in "conflict"). Omit to force a choice. */
  onClose?: () => void;
}

/**
 * Shown when a save met a newer revision (409): what differs between the server's version and ours, and the choice
 * between keeping ours or taking theirs. Nothing is lost either way: every saved revision stays in the history.
 */
export function ConflictDialog({ open, conflict, onKeepMine, onTakeTheirs, onClose }: ConflictDialogProps) {
  return (
    <ModalDialog
      open={open}
      onClose={onClose ?? (() => undefined)}
      title="This plan was changed by someone else"
      description={`Revision ${conflict.theirsRevision} was saved while you were editing. Choose which version to continue with.`}
      footer={
        <>
          <button type="button" className="btn" onClick={onTakeTheirs}>
            Use their version
          </button>
          <button type="button" className="btn btn-primary" onClick={onKeepMine}>
            Keep my version
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        <strong>Keep my version</strong> saves yours as revision {conflict.theirsRevision + 1}; theirs stays
        in the history. <strong>Use their version</strong> discards your unsaved changes below.
      </p>
      <DiffView
        diff={conflict.diff}
        names={diffNames(conflict.theirs, conflict.ours, conflict.diff)}
        fromLabel={`Theirs (revision ${conflict.theirsRevision})`}
        toLabel="Yours"
      />
    </ModalDialog>
  );
}
