"use client";

import { COMPONENTS } from "@/lib/catalog/components";
import { FLOW_RULES, LINK_CLASS_SPECS, latencyLimitFor, type LinkClass } from "@/lib/catalog/network";
import { deleteCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { edgeSchema } from "@/lib/plan/node-schema";
import { formatMs } from "@/lib/format";
import { FieldGroup, NumberField, SelectField, TextField } from "./fields";
import { FindingsFor } from "./findings-for";
import { LINK_CLASS_OPTIONS } from "./catalog-options";
import { useEdgeEditor, withOptional } from "./use-edit";
import styles from "./inspector.module.css";

/** A connection: port, link class, latency override, note, and its network row (latency vs the limit). */
export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const edge = useEditor((s) => s.doc.edges.find((e) => e.id === edgeId));
  const source = useEditor((s) => s.doc.nodes.find((n) => n.id === edge?.source));
  const target = useEditor((s) => s.doc.nodes.find((n) => n.id === edge?.target));
  const row = useEditor((s) => s.report?.network.find((r) => r.edgeId === edgeId));
  const edit = useEdgeEditor(edgeId);
  if (!edge || !source || !target) return null;
  const rule = FLOW_RULES.find((r) => r.source === source.kind && r.target === target.kind);
  const ports = rule?.ports ?? [edge.port];
  const portName = (p: number) => COMPONENTS[target.kind].ports.find((x) => x.port === p);
  const limit = latencyLimitFor(source.kind, target.kind);
  const shape = edgeSchema.shape;
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>
            {source.label} → {target.label}
          </h2>
          <p className={styles.subtitle}>
            {rule
              ? `${rule.why} (${rule.origin === "spec" ? "reference firewall" : "planner rule"})`
              : "Not an allowed flow"}
          </p>
        </div>
      </header>
      <section aria-label="Latency and firewall" className={styles.section}>
        <h3 className={styles.sectionTitle}>Latency and firewall</h3>
        <dl className={styles.metrics}>
          <dt>Allowed by the firewall rules</dt>
          <dd className={row?.allowed === false ? styles.bad : styles.good}>
            {row ? (row.allowed ? "Yes" : "No") : "—"}
          </dd>
          <dt>Latency</dt>
          <dd className={row && row.maxMs !== null && row.latencyMs > row.maxMs ? styles.bad : undefined}>
            {row ? formatMs(row.latencyMs) : "—"}
            {edge.latencyMs === undefined ? ` (${LINK_CLASS_SPECS[edge.linkClass].name})` : " (override)"}
          </dd>
          <dt>Limit</dt>
          <dd>
            {limit
              ? `${formatMs(limit.maxMs)} max, ${formatMs(limit.optimalMs)} optimal — beyond: ${limit.impact}`
              : "None for this flow"}
          </dd>
        </dl>
      </section>
      <FindingsFor target={{ type: "edge", id: edgeId }} />
      <FieldGroup title="Connection">
        <SelectField
          label="Port"
          value={String(edge.port)}
          options={ports.map((p) => ({
            value: String(p),
            label: `${p}${portName(p) ? ` (${portName(p)!.protocol}, ${portName(p)!.name})` : ""}`,
          }))}
          onChange={(v) => edit("port", (e) => ({ ...e, port: Number(v) }))}
        />
        <SelectField
          label="Link class"
          value={edge.linkClass}
          options={LINK_CLASS_OPTIONS}
          onChange={(v) => edit("linkClass", (e) => ({ ...e, linkClass: v as LinkClass }))}
        />
        <NumberField
          label="Latency override (ms)"
          value={edge.latencyMs}
          optional
          schema={shape.latencyMs.unwrap()}
          placeholder={`Link class: ${LINK_CLASS_SPECS[edge.linkClass].latencyMs} ms`}
          hint="Measured or expected round trip; empty uses the link class."
          onCommit={(v) => edit("latencyMs", (e) => withOptional(e, "latencyMs", v))}
        />
        <TextField
          label="Note"
          value={edge.note}
          optional
          multiline
          schema={shape.note.unwrap()}
          onCommit={(v) => edit("note", (e) => withOptional(e, "note", v))}
        />
      </FieldGroup>
      {!viewOnly && (
        <div className={styles.actions}>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => deleteCommand(store, { edges: [edgeId] })}
          >
            Delete connection
          </button>
        </div>
      )}
    </div>
  );
}
