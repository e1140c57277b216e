"use client";

import { useLocale } from "next-intl";
import { NumberField, SelectField, TextField } from "@/components/ui/form";
import { COMPONENTS } from "@/lib/catalog/components";
import { FLOW_RULES, LINK_CLASS_SPECS, latencyLimitFor, type LinkClass } from "@/lib/catalog/network";
import { deleteCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { fieldLabel, numberSpec } from "@/lib/plan/fields";
import { edgeSchema, type PlanEdge, type PlanNode } from "@/lib/plan/node-schema";
import { formatMs } from "@/lib/format";
import { FieldGroup } from "./field-group";
import { FindingsFor } from "./findings-for";
import { LINK_CLASS_OPTIONS } from "./catalog-options";
import { useEdgeEditor, withOptional } from "./use-edit";
import styles from "./inspector.module.css";

const shape = edgeSchema.shape;

/** A connection: port, link class, latency override, note, and its network row (latency vs the limit). */
export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const edge = useEditor((s) => s.doc.edges.find((e) => e.id === edgeId));
  const source = useEditor((s) => s.doc.nodes.find((n) => n.id === edge?.source));
  const target = useEditor((s) => s.doc.nodes.find((n) => n.id === edge?.target));
  if (!edge || !source || !target) return null;
  const rule = FLOW_RULES.find((r) => r.source === source.kind && r.target === target.kind);
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
      <LatencySection edge={edge} source={source} target={target} />
      <FindingsFor target={{ type: "edge", id: edgeId }} />
      <ConnectionFields edge={edge} ports={rule?.ports ?? [edge.port]} target={target} />
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

interface EdgeEnds {
  edge: PlanEdge;
  source: PlanNode;
  target: PlanNode;
}

/** Whether the firewall allows the flow, its latency (link class or override) and the limit for this pair. */
function LatencySection({ edge, source, target }: EdgeEnds) {
  const row = useEditor((s) => s.report?.network.find((r) => r.edgeId === edge.id));
  const limit = latencyLimitFor(source.kind, target.kind);
  return (
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
  );
}

/** Port (of those the rule allows), link class, latency override and note. */
function ConnectionFields({ edge, ports, target }: { edge: PlanEdge; ports: number[]; target: PlanNode }) {
  const locale = useLocale();
  const edit = useEdgeEditor(edge.id);
  const portName = (p: number) => COMPONENTS[target.kind].ports.find((x) => x.port === p);
  const portLabel = (p: number) => {
    const named = portName(p);
    return `${p}${named ? ` (${named.protocol}, ${named.name})` : ""}`;
  };
  return (
    <FieldGroup title="Connection">
      <SelectField
        label={fieldLabel(shape.port, locale)}
        value={String(edge.port)}
        options={ports.map((p) => ({ value: String(p), label: portLabel(p) }))}
        onChange={(v) => edit("port", (e) => ({ ...e, port: Number(v) }))}
      />
      <SelectField
        label={fieldLabel(shape.linkClass, locale)}
        value={edge.linkClass}
        options={LINK_CLASS_OPTIONS}
        onChange={(v) => edit("linkClass", (e) => ({ ...e, linkClass: v as LinkClass }))}
      />
      <NumberField
        spec={numberSpec(shape.latencyMs, locale)}
        value={edge.latencyMs}
        placeholder={`Link class: ${LINK_CLASS_SPECS[edge.linkClass].latencyMs} ms`}
        onCommit={(v) => edit("latencyMs", (e) => withOptional(e, "latencyMs", v))}
      />
      <TextField
        label={fieldLabel(shape.note, locale)}
        value={edge.note}
        optional
        multiline
        schema={shape.note.unwrap()}
        onCommit={(v) => edit("note", (e) => withOptional(e, "note", v))}
      />
    </FieldGroup>
  );
}
