"use client";

import { notice } from "@/lib/editor/notices";
import { useReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import type { ActionContext } from "@/lib/editor/actions/registry";
import { useEditorApi, useEditorUiApi } from "@/lib/editor/editor-context";
import { slugId } from "@/lib/editor/ids";
import { setTheme } from "@/components/ui/theme-toggle";

/** Downloads the current document (unsaved edits included) as a JSON file. */
function downloadJson(name: string, value: unknown): void {
  const url = URL.createObjectURL(
    new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = `${slugId(name, "plan")}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The services actions need, bound to this editor's stores, viewport and the browser. */
export function useActionContext(): ActionContext {
  const store = useEditorApi();
  const ui = useEditorUiApi();
  const flow = useReactFlow();
  return useMemo<ActionContext>(
    () => ({
      store,
      ui,
      flow: {
        fitView: () => void flow.fitView({ padding: 0.15, duration: 250 }),
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
      },
      browser: {
        toggleTheme: () => setTheme(document.documentElement.dataset.theme === "dark" ? "light" : "dark"),
        exportPlan: () => {
          const doc = store.getState().doc;
          downloadJson(doc.metadata.name, doc);
          ui.getState().announce({ tone: "success", text: notice("exportedJson") });
        },
        writeClipboard: async (text) => {
          try {
            await navigator.clipboard.writeText(text);
            return true;
          } catch {
            return false;
          }
        },
        readClipboard: async () => {
          try {
            return await navigator.clipboard.readText();
          } catch {
            return null;
          }
        },
      },
    }),
    [store, ui, flow],
  );
}
