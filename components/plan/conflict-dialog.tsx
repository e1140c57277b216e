"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
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
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export function ConflictDialog({ open, conflict, onKeepMine, onTakeTheirs, onClose }: ConflictDialogProps) {
  const t = useTranslations("conflict");
  const revision = conflict.theirsRevision;
  return (
    <ModalDialog
      open={open}
      onClose={onClose ?? (() => undefined)}
      title={t("title")}
      description={t("description", { revision })}
      footer={
        <>
          <button type="button" className="btn" onClick={onTakeTheirs}>
            {t("useTheirs")}
          </button>
          <button type="button" className="btn btn-primary" onClick={onKeepMine}>
            {t("keepMine")}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{t.rich("explain", { next: revision + 1, strong })}</p>
      <DiffView
        diff={conflict.diff}
        names={diffNames(conflict.theirs, conflict.ours, conflict.diff)}
        fromLabel={t("theirs", { revision })}
        toLabel={t("yours")}
      />
    </ModalDialog>
  );
}
