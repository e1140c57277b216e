"use client";

import { useShallow } from "zustand/react/shallow";
import { FormReadOnly } from "@/components/ui/form";
import { deleteCommand, duplicateCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { BulkFields } from "./bulk-fields";
import { EdgeInspector } from "./edge-inspector";
import { NodeInspector } from "./node-inspector";
import { PlanSettings } from "./plan-settings";
import { ZoneInspector } from "./zone-inspector";
import styles from "./inspector.module.css";

function MultiSelection({ count }: { count: number }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <h2 className={styles.title}>{count} elements selected</h2>
      </header>
      {!viewOnly && (
        <p className={styles.note}>
          Drag them together, arrow keys move them, Ctrl+D duplicates, Delete removes.
        </p>
      )}
      <div className={styles.actions}>
        {!viewOnly && (
          <>
            <button type="button" className="btn btn-small" onClick={() => duplicateCommand(store)}>
              Duplicate
            </button>
            <button type="button" className="btn btn-small" onClick={() => deleteCommand(store)}>
              Delete selection
            </button>
          </>
        )}
        <button type="button" className="btn btn-small" onClick={() => store.getState().select({})}>
          Clear selection
        </button>
      </div>
      <BulkFields />
    </div>
  );
}

/**
 * The inspector for the selection: one component, connection or zone — or the plan's settings when nothing is
 * selected. Keyed by element so that a half-typed value never leaks from one element to the next.
 */
export function Inspector() {
  const selection = useEditor(useShallow((s) => s.selection));
  const viewOnly = useViewOnly();
  const count = selection.nodes.length + selection.edges.length + selection.zones.length;
  let body;
  if (count === 0) body = <PlanSettings />;
  else if (count > 1) body = <MultiSelection count={count} />;
  else if (selection.nodes[0])
    body = <NodeInspector key={`n:${selection.nodes[0]}`} nodeId={selection.nodes[0]} />;
  else if (selection.edges[0])
    body = <EdgeInspector key={`e:${selection.edges[0]}`} edgeId={selection.edges[0]} />;
  else body = <ZoneInspector key={`z:${selection.zones[0]}`} zoneId={selection.zones[0]!} />;
  return (
    <aside className={styles.inspector} aria-label="Inspector">
      {viewOnly && (
        // The fields show their values read-only and the editing buttons are gone; selection links still work.
        <p className="muted">View-only link: settings are shown, not editable.</p>
      )}
      <FormReadOnly readOnly={viewOnly}>{body}</FormReadOnly>
    </aside>
  );
}
