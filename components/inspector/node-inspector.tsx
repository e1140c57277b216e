"use client";

import { COMPONENTS } from "@/lib/catalog/components";
import { deleteCommand, duplicateCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import type { PlanNode } from "@/lib/plan/node-schema";
import { CloudFields } from "./cloud-fields";
import { FindingsFor } from "./findings-for";
import { NodeBasics, ResourceFields } from "./node-basics";
import { NodeConnections } from "./node-connections";
import { NodeMetrics } from "./node-metrics";
import { ServingFields } from "./serving-fields";
import styles from "./inspector.module.css";

const isServing = (n: PlanNode): n is PlanNode & { kind: "llm" | "embeddings" } =>
  (n.kind === "llm" || n.kind === "embeddings") && Boolean(n.serving);

/** Everything about one component: its fields, live metrics, findings and connections. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const node = useEditor((s) => s.doc.nodes.find((n) => n.id === nodeId));
  if (!node) return null;
  const spec = COMPONENTS[node.kind];
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <span className={styles.icon} aria-hidden="true">
          {spec.icon}
        </span>
        <div>
          <h2 className={styles.title}>{node.label}</h2>
          <p className={styles.subtitle}>
            {spec.name} · {spec.technology}
          </p>
        </div>
      </header>
      <NodeMetrics nodeId={nodeId} />
      <FindingsFor target={{ type: "node", id: nodeId }} />
      {isServing(node) && <ServingFields node={node} />}
      {node.cloud && <CloudFields node={node} />}
      <NodeBasics node={node} />
      {!node.cloud && !node.serving && <ResourceFields node={node} />}
      <NodeConnections nodeId={nodeId} />
      {!viewOnly && (
        <div className={styles.actions}>
          <button type="button" className="btn btn-small" onClick={() => duplicateCommand(store)}>
            Duplicate
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => deleteCommand(store, { nodes: [nodeId] })}
          >
            Delete component
          </button>
        </div>
      )}
    </div>
  );
}
