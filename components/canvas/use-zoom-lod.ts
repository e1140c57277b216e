"use client";

import { useStoreApi } from "@xyflow/react";
import { useEffect, type RefObject } from "react";
import { isCompact } from "@/lib/editor/lod";

/**
 * Writes the canvas zoom to the wrapper as CSS (`--zoom`, `data-lod="compact" | "detail"`) without a React render:
 * the level of detail is pure CSS (canvas.module.css), so zooming a 500-node plan re-renders no node.
 */
export function useZoomLod(ref: RefObject<HTMLElement | null>) {
  const flow = useStoreApi();
  useEffect(() => {
    const apply = (zoom: number) => {
      const el = ref.current;
      if (!el) return;
      el.style.setProperty("--zoom", String(zoom));
      const lod = isCompact(zoom) ? "compact" : "detail";
      if (el.dataset.lod !== lod) el.dataset.lod = lod;
    };
    apply(flow.getState().transform[2]);
    return flow.subscribe((s, prev) => {
      if (s.transform[2] !== prev.transform[2]) apply(s.transform[2]);
    });
  }, [flow, ref]);
}
