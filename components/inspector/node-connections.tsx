"use client";

import { useId, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { connectCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { allowedTargets } from "@/lib/editor/ops/connect";
import formStyles from "@/components/ui/form/form.module.css";
import styles from "./inspector.module.css";

/**
 * The keyboard way to connect: "Connect to…" lists only the targets the firewall rules allow (checkConnection) that
 * are not connected yet; the node's existing connections can be selected from here too.
 */
export function NodeConnections({ nodeId }: { nodeId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const doc = useEditor((s) => s.doc);
  const targets = useMemo(() => allowedTargets(doc, nodeId), [doc, nodeId]);
  const edges = useEditor(
    useShallow((s) => s.doc.edges.filter((e) => e.source === nodeId || e.target === nodeId)),
  );
  const labelOf = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  const [choice, setChoice] = useState("");
  const selectId = useId();
  const chosen = targets.some((t) => t.id === choice) ? choice : (targets[0]?.id ?? "");
  return (
    <section aria-label="Connections" className={styles.section}>
      <h3 className={styles.sectionTitle}>Connections</h3>
      {viewOnly ? null : targets.length > 0 ? (
        <div className={styles.connectRow}>
          <label htmlFor={selectId} className={styles.fieldLabel}>
            Connect to…
          </label>
          <select
            id={selectId}
            className={formStyles.input}
            value={chosen}
            onChange={(e) => setChoice(e.target.value)}
          >
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => chosen && connectCommand(store, nodeId, chosen)}
          >
            Connect
          </button>
        </div>
      ) : (
        <p className={styles.note}>
          No other component may be called from here (or every allowed flow is drawn).
        </p>
      )}
      {edges.length > 0 && (
        <ul className={styles.edgeList}>
          {edges.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => store.getState().select({ edges: [e.id] })}
              >
                {e.source === nodeId ? `→ ${labelOf(e.target)}` : `← ${labelOf(e.source)}`} : {e.port}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
