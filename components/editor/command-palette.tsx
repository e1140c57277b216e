"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import {
  filterActions,
  paletteActions,
  type ActionContext,
  type EditorAction,
} from "@/lib/editor/actions/registry";
import { useEditorUi } from "@/lib/editor/editor-context";
import { shortcutLabel } from "@/lib/editor/keyboard";
import { useActionLabel } from "./action-label";
import { EditorDialog } from "./editor-dialog";
import styles from "./editor.module.css";

const MAX_SHOWN = 60;

function PaletteBody({ ctx, isMac, onDone }: { ctx: ActionContext; isMac: boolean; onDone: () => void }) {
  // Built when the palette opens: the "Connect A → B" list reflects the plan at that moment.
  const [all] = useState(() => paletteActions(ctx.store.getState()));
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const t = useTranslations("editor.palette");
  const label = useActionLabel();
  const listId = useId();
  const shown = useMemo(() => filterActions(all, query, label).slice(0, MAX_SHOWN), [all, query, label]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const run = (action: EditorAction | undefined) => {
    if (!action) return;
    onDone();
    // After the dialog has closed and focus went back: the action may move focus itself.
    window.setTimeout(() => void action.perform(ctx), 0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, shown.length - 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (e.key === "Home") setActive(0);
    else if (e.key === "End") setActive(shown.length - 1);
    else if (e.key === "Enter") run(shown[current]);
    else return;
    e.preventDefault();
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <>
      <input
        className={styles.paletteInput}
        role="combobox"
        aria-label={t("command")}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[current] ? optionId(current) : undefined}
        placeholder={t("placeholder")}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t("commands")} className={styles.paletteList}>
        {shown.map((a, i) => (
          <li
            key={a.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={styles.paletteOption}
            onMouseMove={() => setActive(i)}
            onClick={() => run(a)}
          >
            <span className={styles.paletteGroup}>{a.group}</span>
            <span className={styles.paletteLabel}>{label(a)}</span>
            {a.shortcuts?.[0] && <kbd className={styles.kbd}>{shortcutLabel(a.shortcuts[0], isMac)}</kbd>}
          </li>
        ))}
        {shown.length === 0 && (
          <li role="option" aria-selected="false" aria-disabled="true" className={styles.paletteEmpty}>
            {t("noMatch", { query })}
          </li>
        )}
      </ul>
    </>
  );
}

/** Ctrl/Cmd+K: every action by name — add a component, connect A → B, auto-layout, fit view, undo, theme, export… */
export function CommandPalette({ ctx, isMac }: { ctx: ActionContext; isMac: boolean }) {
  const open = useEditorUi((s) => s.dialog === "commands");
  const close = () => ctx.ui.getState().setDialog(null);
  const t = useTranslations("editor.palette");
  return (
    <EditorDialog open={open} onClose={close} title={t("title")} hideTitle className={styles.paletteDialog}>
      {open && <PaletteBody ctx={ctx} isMac={isMac} onDone={close} />}
    </EditorDialog>
  );
}
