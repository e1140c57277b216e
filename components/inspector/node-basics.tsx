"use client";

import { useLocale } from "next-intl";
import { CheckboxField, NumberField, SelectField, TextField } from "@/components/ui/form";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { notice } from "@/lib/editor/notices";
import { setNodeZone } from "@/lib/editor/ops/edit";
import { fieldHint, fieldLabel, fieldMeta, numberSpec, say } from "@/lib/plan/fields";
import { autoscaleSchema, nodeSchema, resourcesSchema, type PlanNode } from "@/lib/plan/node-schema";
import { formatNumber } from "@/lib/format";
import { FieldGroup } from "./field-group";
import { GPU_OPTIONS } from "./catalog-options";
import { useNodeEditor, withOptional } from "./use-edit";

const shape = nodeSchema.shape;
const NO_ZONE = "";

/** Name, zone, replicas, autoscaling and notes of any node. */
export function NodeBasics({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const edit = useNodeEditor(node.id);
  return (
    <FieldGroup title="Component">
      <TextField
        label={fieldLabel(shape.label, locale)}
        value={node.label}
        schema={shape.label}
        onCommit={(v) => edit("label", (n) => ({ ...n, label: v ?? "" }))}
      />
      <ZoneSelect node={node} />
      <NumberField
        spec={numberSpec(shape.replicas, locale)}
        value={node.replicas}
        onCommit={(v) => edit("replicas", (n) => ({ ...n, replicas: v ?? n.replicas }))}
      />
      <AutoscaleFields node={node} />
      <p className="muted" style={{ margin: 0, fontSize: "0.8rem" }}>
        Position {formatNumber(node.position.x)}, {formatNumber(node.position.y)}
        {node.zoneId ? " (relative to its zone)" : ""} · id <code>{node.id}</code>
      </p>
      <TextField
        label={fieldLabel(shape.notes, locale)}
        value={node.notes}
        optional
        multiline
        schema={shape.notes.unwrap()}
        onCommit={(v) => edit("notes", (n) => withOptional(n, "notes", v))}
      />
    </FieldGroup>
  );
}

/** Moving a node into a zone goes through the zone command (it finds the zone's first free slot). */
function ZoneSelect({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const store = useEditorApi();
  // The zones array keeps its identity until a zone changes: no re-render on other edits.
  const zones = useEditor((s) => s.doc.zones);
  const options = [
    { value: NO_ZONE, label: say(fieldMeta(shape.zoneId).empty!, locale) },
    ...zones.map((z) => ({ value: z.id, label: `${z.label} (${z.cidr})` })),
  ];
  return (
    <SelectField
      label={fieldLabel(shape.zoneId, locale)}
      value={node.zoneId ?? NO_ZONE}
      options={options}
      hint={fieldHint(shape.zoneId, locale)}
      onChange={(v) => {
        const state = store.getState();
        state.commit(setNodeZone(state.doc, node.id, v === NO_ZONE ? null : v), {
          label: notice("changeZoneLabel"),
        });
        return null;
      }}
    />
  );
}

type AutoscaleKey = keyof NonNullable<PlanNode["autoscale"]>;
const AUTOSCALE_KEYS: AutoscaleKey[] = ["minReplicas", "maxReplicas", "targetCpuPct"];

/** The HPA switch and, when on, its range and CPU target. */
function AutoscaleFields({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const edit = useNodeEditor(node.id);
  const autoscale = node.autoscale;
  return (
    <>
      <CheckboxField
        label={fieldLabel(shape.autoscale, locale)}
        checked={Boolean(autoscale)}
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
      {autoscale &&
        AUTOSCALE_KEYS.map((key) => (
          <NumberField
            key={key}
            spec={numberSpec(autoscaleSchema.shape[key], locale)}
            value={autoscale[key]}
            onCommit={(v) =>
              edit(`autoscale.${key}`, (n) => ({ ...n, autoscale: { ...n.autoscale!, [key]: v! } }))
            }
          />
        ))}
    </>
  );
}

type ResourceKey = keyof NonNullable<PlanNode["resources"]>;
const RESOURCE_KEYS: ResourceKey[] = ["cpuCores", "memoryGb", "storageGb"];
const SIZED_BY_MODEL = say(fieldMeta(shape.resources).empty!);

/** Per-replica resources (overrides of the sizing model, whose recommendation is the placeholder) and OCR GPUs. */
export function ResourceFields({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const edit = useNodeEditor(node.id);
  const recommended = useEditor((s) => s.report?.components.find((c) => c.nodeId === node.id)?.recommended);
  return (
    <FieldGroup title={fieldLabel(shape.resources, locale)}>
      {RESOURCE_KEYS.map((key) => (
        <NumberField
          key={key}
          spec={numberSpec(resourcesSchema.shape[key], locale)}
          value={node.resources?.[key]}
          placeholder={recommended ? `Sized: ${formatNumber(recommended[key], 1)}` : SIZED_BY_MODEL}
          hint={fieldHint(shape.resources, locale)}
          onCommit={(v) =>
            edit(`resources.${key}`, (n) => {
              const resources = withOptional(n.resources ?? {}, key, v);
              return withOptional(n, "resources", Object.keys(resources).length ? resources : undefined);
            })
          }
        />
      ))}
      {node.kind === "odin" || node.gpu ? <OcrGpuFields node={node} /> : null}
    </FieldGroup>
  );
}

const gpuShape = shape.gpu.unwrap().shape;

/** GPUs of a non-serving component (Odin OCR). */
function OcrGpuFields({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const edit = useNodeEditor(node.id);
  return (
    <>
      <CheckboxField
        label={fieldLabel(shape.gpu, locale)}
        hint={fieldHint(shape.gpu, locale)}
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
            label={fieldLabel(gpuShape.hardware, locale)}
            value={node.gpu.hardware}
            options={GPU_OPTIONS}
            onChange={(v) => edit("gpu.hardware", (n) => ({ ...n, gpu: { ...n.gpu!, hardware: v } }))}
          />
          <NumberField
            spec={numberSpec(gpuShape.perReplica, locale)}
            value={node.gpu.perReplica}
            onCommit={(v) => edit("gpu.perReplica", (n) => ({ ...n, gpu: { ...n.gpu!, perReplica: v! } }))}
          />
        </>
      )}
    </>
  );
}
