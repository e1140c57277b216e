"use client";

import { autoscaleSchema, nodeSchema, resourcesSchema, type PlanNode } from "@/lib/plan/node-schema";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { setNodeZone } from "@/lib/editor/ops/edit";
import { formatNumber } from "@/lib/format";
import { CheckboxField, FieldGroup, NumberField, SelectField, TextField } from "./fields";
import { GPU_OPTIONS } from "./catalog-options";
import { useNodeEditor, withOptional } from "./use-edit";

const NO_ZONE = "";

/** Name, zone, replicas, autoscaling and notes of any node. */
export function NodeBasics({ node }: { node: PlanNode }) {
  const edit = useNodeEditor(node.id);
  const store = useEditorApi();
  // The zones array keeps its identity until a zone changes: no re-render on other edits.
  const zones = useEditor((s) => s.doc.zones);
  const zoneOptions = [
    { value: NO_ZONE, label: "Outside every zone" },
    ...zones.map((z) => ({ value: z.id, label: `${z.label} (${z.cidr})` })),
  ];
  const shape = nodeSchema.shape;
  return (
    <FieldGroup title="Component">
      <TextField
        label="Name"
        value={node.label}
        schema={shape.label}
        onCommit={(v) => edit("label", (n) => ({ ...n, label: v ?? "" }))}
      />
      <SelectField
        label="Zone"
        value={node.zoneId ?? NO_ZONE}
        options={zoneOptions}
        hint="Moving it into a zone places it in the zone's first free slot."
        onChange={(v) => {
          const state = store.getState();
          state.commit(setNodeZone(state.doc, node.id, v === NO_ZONE ? null : v), { label: "Change zone" });
          return null;
        }}
      />
      <NumberField
        label="Replicas"
        value={node.replicas}
        schema={shape.replicas.unwrap()}
        step={1}
        hint="Pods, cluster members or data-parallel copies"
        onCommit={(v) => edit("replicas", (n) => ({ ...n, replicas: v ?? n.replicas }))}
      />
      <CheckboxField
        label="Autoscale (Kubernetes HPA)"
        checked={Boolean(node.autoscale)}
        onChange={(on) =>
          edit("autoscale", (n) =>
            on
              ? {
                  ...n,
                  autoscale: {
                    minReplicas: n.replicas,
                    maxReplicas: Math.max(n.replicas * 2, 2),
                    targetCpuPct: 70,
                  },
                }
              : withOptional(n, "autoscale", undefined),
          )
        }
      />
      {node.autoscale && (
        <>
          <NumberField
            label="Minimum replicas"
            value={node.autoscale.minReplicas}
            schema={autoscaleSchema.shape.minReplicas}
            onCommit={(v) =>
              edit("autoscale.minReplicas", (n) => ({
                ...n,
                autoscale: { ...n.autoscale!, minReplicas: v! },
              }))
            }
          />
          <NumberField
            label="Maximum replicas"
            value={node.autoscale.maxReplicas}
            schema={autoscaleSchema.shape.maxReplicas}
            onCommit={(v) =>
              edit("autoscale.maxReplicas", (n) => ({
                ...n,
                autoscale: { ...n.autoscale!, maxReplicas: v! },
              }))
            }
          />
          <NumberField
            label="Target CPU utilisation (%)"
            value={node.autoscale.targetCpuPct}
            schema={autoscaleSchema.shape.targetCpuPct.unwrap()}
            onCommit={(v) =>
              edit("autoscale.targetCpuPct", (n) => ({
                ...n,
                autoscale: { ...n.autoscale!, targetCpuPct: v! },
              }))
            }
          />
        </>
      )}
      <p className="muted" style={{ margin: 0, fontSize: "0.8rem" }}>
        Position {formatNumber(node.position.x)}, {formatNumber(node.position.y)}
        {node.zoneId ? " (relative to its zone)" : ""} · id <code>{node.id}</code>
      </p>
      <TextField
        label="Notes"
        value={node.notes}
        optional
        multiline
        schema={shape.notes.unwrap()}
        onCommit={(v) => edit("notes", (n) => withOptional(n, "notes", v))}
      />
    </FieldGroup>
  );
}

type ResourceKey = "cpuCores" | "memoryGb" | "storageGb";
const RESOURCE_FIELDS: { key: ResourceKey; label: string }[] = [
  { key: "cpuCores", label: "CPU cores per replica" },
  { key: "memoryGb", label: "Memory per replica (GB)" },
  { key: "storageGb", label: "Storage per replica (GB)" },
];

/** Per-replica resources (overrides of the sizing model, whose recommendation is the placeholder) and OCR GPUs. */
export function ResourceFields({ node }: { node: PlanNode }) {
  const edit = useNodeEditor(node.id);
  const recommended = useEditor((s) => s.report?.components.find((c) => c.nodeId === node.id)?.recommended);
  return (
    <FieldGroup title="Resources per replica">
      {RESOURCE_FIELDS.map(({ key, label }) => (
        <NumberField
          key={key}
          label={label}
          value={node.resources?.[key]}
          optional
          schema={resourcesSchema.shape[key].unwrap()}
          placeholder={recommended ? `Sized: ${formatNumber(recommended[key], 1)}` : "Sized by the model"}
          hint="Empty: the sizing model's recommendation for the plan's users."
          onCommit={(v) =>
            edit(`resources.${key}`, (n) => {
              const resources = withOptional(n.resources ?? {}, key, v);
              return withOptional(n, "resources", Object.keys(resources).length ? resources : undefined);
            })
          }
        />
      ))}
      {node.kind === "odin" || node.gpu ? (
        <>
          <CheckboxField
            label="GPUs for OCR"
            checked={Boolean(node.gpu)}
            onChange={(on) =>
              edit("gpu", (n) =>
                on ? { ...n, gpu: { hardware: "t4", perReplica: 1 } } : withOptional(n, "gpu", undefined),
              )
            }
          />
          {node.gpu && (
            <>
              <SelectField
                label="OCR GPU"
                value={node.gpu.hardware}
                options={GPU_OPTIONS}
                onChange={(v) => edit("gpu.hardware", (n) => ({ ...n, gpu: { ...n.gpu!, hardware: v } }))}
              />
              <NumberField
                label="GPUs per replica"
                value={node.gpu.perReplica}
                schema={nodeSchema.shape.gpu.unwrap().shape.perReplica.unwrap()}
                onCommit={(v) =>
                  edit("gpu.perReplica", (n) => ({ ...n, gpu: { ...n.gpu!, perReplica: v! } }))
                }
              />
            </>
          )}
        </>
      ) : null}
    </FieldGroup>
  );
}
