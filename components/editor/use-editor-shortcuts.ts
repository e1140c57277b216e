"use client";

import { useEffect } from "react";
import { actionForKey, type ActionContext } from "@/lib/editor/actions/registry";
import { detectMac } from "@/lib/editor/keyboard";

/**
 * The editor's keyboard shortcuts (lib/editor/actions): one window listener. It stands aside while a modal dialog is
 * open (the dialog owns the keyboard, except Ctrl/Cmd+K which toggles the command palette) and lets the browser
 * copy text the user selected on the page.
 */
export function useEditorShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const isMac = detectMac(navigator.platform || navigator.userAgent);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionForKey(event, ctx.store.getState(), isMac);
      if (!action) return;
      const dialogOpen = document.querySelector("dialog[open]") !== null;
      if (dialogOpen && action.id !== "command-palette") return;
      if ((action.id === "copy" || action.id === "cut") && (window.getSelection()?.toString() ?? "") !== "")
        return;
      event.preventDefault();
      void action.perform(ctx);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [ctx]);
}
