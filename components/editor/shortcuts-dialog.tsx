"use client";

import { ACTIONS, isAllowed } from "@/lib/editor/actions/registry";
import { useEditor, useEditorUi } from "@/lib/editor/editor-context";
import { shortcutLabel } from "@/lib/editor/keyboard";
import { EditorDialog } from "./editor-dialog";
import styles from "./editor.module.css";

/** Canvas keys that change the plan (not listed on a view-only link). */
const EDITING_KEYS = new Set([
  "Move the selected components (Shift: faster)",
  "Connect two components (right handle = caller)",
]);

/** Canvas keys that React Flow handles itself (listed so they can be discovered). */
const CANVAS_KEYS: [string, string][] = [
  ["Tab / Shift+Tab", "Move focus between components and connections"],
  ["Enter or Space", "Select the focused component or connection"],
  ["Arrow keys", "Move the selected components (Shift: faster)"],
  ["Ctrl/⌘+click", "Add to the selection"],
  ["Shift+drag", "Select with a box"],
  ["Drag a handle to another", "Connect two components (right handle = caller)"],
];

/** The "?" dialog: every shortcut of the registered actions, plus the canvas keys. */
export function ShortcutsDialog({ isMac }: { isMac: boolean }) {
  const open = useEditorUi((s) => s.dialog === "shortcuts");
  const close = useEditorUi((s) => s.setDialog);
  const access = useEditor((s) => s.access);
  // Only what this editor offers: a view-only link lists no editing keys.
  const withKeys = ACTIONS.filter((a) => a.shortcuts?.length && isAllowed(a, access));
  const canvasKeys =
    access === "view" ? CANVAS_KEYS.filter(([, what]) => !EDITING_KEYS.has(what)) : CANVAS_KEYS;
  return (
    <EditorDialog open={open} onClose={() => close(null)} title="Keyboard shortcuts">
      <div className={styles.shortcutColumns}>
        <table className={styles.shortcutTable}>
          <caption className="visually-hidden">Editor shortcuts</caption>
          <tbody>
            {withKeys.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.label}</th>
                <td>
                  {a.shortcuts!.map((s) => (
                    <kbd key={s} className={styles.kbd}>
                      {shortcutLabel(s, isMac)}
                    </kbd>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={styles.shortcutTable}>
          <caption className="visually-hidden">Canvas keys</caption>
          <tbody>
            {canvasKeys.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">{what}</th>
                <td>
                  <kbd className={styles.kbd}>{keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.dialogFooter}>
        <button type="button" className="btn btn-primary" onClick={() => close(null)}>
          Close
        </button>
      </div>
    </EditorDialog>
  );
}
