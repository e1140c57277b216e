"use client";

import type { Connection, Edge, FinalConnectionState, IsValidConnection } from "@xyflow/react";
import { useCallback } from "react";
import { checkConnection } from "@/lib/catalog/network";
import { connectCommand } from "@/lib/editor/commands";
import { useEditorApi } from "@/lib/editor/editor-context";
import { notice } from "@/lib/editor/notices";
import { connectNodes } from "@/lib/editor/ops/connect";

/**
 * Connecting by drag: invalid targets are refused while dragging (checkConnection, the rule the server uses), a
 * valid drop is one undoable connect, and a drop on a refused target is announced with its reason and fix.
 */
export function useConnectHandlers() {
  const store = useEditorApi();

  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (c) => {
      const nodes = store.getState().doc.nodes;
      const s = nodes.find((n) => n.id === c.source)?.kind;
      const t = nodes.find((n) => n.id === c.target)?.kind;
      return Boolean(s && t && checkConnection(s, t).ok);
    },
    [store],
  );

  const onConnect = useCallback((c: Connection) => connectCommand(store, c.source, c.target), [store]);

  /** A drop on a refused target: say why and what to do (visible toast + assertive live region). */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const fromIsSource = state.fromHandle?.type !== "target";
      const source = fromIsSource ? state.fromNode.id : state.toNode.id;
      const target = fromIsSource ? state.toNode.id : state.fromNode.id;
      const result = connectNodes(store.getState().doc, source, target);
      if (!result.ok) {
        store.getState().announce({
          tone: "error",
          text: notice("connectRefused", { reason: result.reason }),
          detail: result.remedy,
        });
      }
    },
    [store],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
