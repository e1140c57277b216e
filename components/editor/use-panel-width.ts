"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useEditorUi } from "@/lib/editor/editor-context";
import { clampPanelWidth, PANEL_STORAGE_KEY, parseStoredWidth } from "@/lib/editor/panel-width";

const noSubscription = () => () => undefined;

/** Reads the remembered width once (after hydration) and writes every change back (best effort: storage may be off). */
export function usePanelWidth(): [number | null, (px: number | null) => void] {
  const width = useEditorUi((s) => s.panelWidthPx);
  const setWidth = useEditorUi((s) => s.setPanelWidth);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  useEffect(() => {
    if (!hydrated) return;
    try {
      const stored = parseStoredWidth(window.localStorage.getItem(PANEL_STORAGE_KEY));
      if (stored !== null) setWidth(clampPanelWidth(stored, window.innerWidth));
    } catch {
      // Storage disabled: the default width.
    }
  }, [hydrated, setWidth]);
  const update = useCallback(
    (px: number | null) => {
      const next = px === null ? null : clampPanelWidth(px, window.innerWidth);
      setWidth(next);
      try {
        if (next === null) window.localStorage.removeItem(PANEL_STORAGE_KEY);
        else window.localStorage.setItem(PANEL_STORAGE_KEY, String(next));
      } catch {
        // Storage disabled: remembered for this session only.
      }
    },
    [setWidth],
  );
  return [width, update];
}
