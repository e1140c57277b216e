"use client";

import { useLocale } from "next-intl";
import { CheckboxField, NumberField, SelectField } from "@/components/ui/form";
import { getHardware, getModel, getProduct } from "@/lib/catalog";
import { useEditorApi } from "@/lib/editor/editor-context";
import { applyModel, applyProduct, compatibleServing, hardwareChange } from "@/lib/editor/ops/serving";
import type { StackChange } from "@/lib/plan/serving-stack";
import { notice, stackChangesText, textIn } from "@/lib/editor/notices";
import type { Locale } from "@/lib/format";
import { fieldHint, fieldLabel, numberSpec, optionLabel } from "@/lib/plan/fields";
import { nodeSchema, servingSchema, type PlanNode, type Serving } from "@/lib/plan/node-schema";
import { ByoModelImport } from "./byo-model-import";
import { FieldGroup } from "./field-group";
import {
  FRAMEWORK_OPTIONS,
  HARDWARE_GROUPS,
  INTERCONNECT_OPTIONS,
  KV_PRECISION_OPTIONS,
  modelOptions,
  NONE,
  PRECISION_OPTIONS,
  PRODUCT_OPTIONS,
} from "./catalog-options";
import { useNodeEditor, withOptional } from "./use-edit";

const CUSTOM = "__custom";
const shape = servingSchema.shape;
type ServingNode = PlanNode & { kind: "llm" | "embeddings" };
type SetServing = (field: string, update: (s: Serving) => Serving) => string | null;
/** Commits a re-derived serving and, when the stack changed, says what changed (undoable: one step). */
type SetDerived = (
  field: string,
  what: string,
  result: { serving: Serving; changes: StackChange[] },
) => string | null;

/** Edits one serving field of the node, validated with the whole node. */
function useServingEditor(nodeId: string): SetServing {
  const edit = useNodeEditor(nodeId);
  return (field, update) => edit(`serving.${field}`, (n) => ({ ...n, serving: update(n.serving!) }));
}

/** A hardware, product or model change with the stack it re-derived, and the notice of what changed. */
function useDerivedEditor(set: SetServing): SetDerived {
  const store = useEditorApi();
  return (field, what, result) => {
    const error = set(field, () => result.serving);
    if (error === null && result.changes.length > 0) {
      store.getState().announce({
        tone: "info",
        text: notice("switched", { what, changes: stackChangesText(result.changes) }),
      });
    }
    return error;
  };
}

/** Hardware × model × precision × framework of an LLM or embedding node. */
export function ServingFields({ node }: { node: ServingNode }) {
  const locale = useLocale();
  const set = useServingEditor(node.id);
  const s = node.serving!;
  return (
    <FieldGroup title={fieldLabel(nodeSchema.shape.serving, locale)}>
      <HardwareFields serving={s} set={set} purpose={node.kind} />
      <ModelFields node={node} set={set} />
      <LoadFields serving={s} set={set} />
    </FieldGroup>
  );
}

/** The machine: product, accelerator, devices per instance and per server, memory option and interconnect. */
function HardwareFields({
  serving: s,
  set,
  purpose,
}: {
  serving: Serving;
  set: SetServing;
  purpose: "llm" | "embeddings";
}) {
  const locale = useLocale();
  const derive = useDerivedEditor(set);
  const hardwareId = typeof s.hardware === "string" ? s.hardware : CUSTOM;
  const hw = typeof s.hardware === "string" ? getHardware(s.hardware) : undefined;
  const custom = {
    label: "Custom",
    options: [{ value: CUSTOM, label: `Custom: ${(s.hardware as { name: string }).name}` }],
  };
  return (
    <>
      <SelectField
        label={fieldLabel(shape.product, locale)}
        value={s.product ?? NONE}
        options={PRODUCT_OPTIONS}
        hint={fieldHint(shape.product, locale)}
        onChange={(v) => {
          if (v === NONE) return set("product", (x) => withOptional(x, "product", undefined));
          const product = getProduct(v)!;
          const result = applyProduct(s, product, purpose);
          return result.ok
            ? derive("product", product.name, result)
            : textIn(result.reason, locale as Locale);
        }}
      />
      <SelectField
        label={fieldLabel(shape.hardware, locale)}
        value={hardwareId}
        options={[]}
        groups={hardwareId === CUSTOM ? [custom, ...HARDWARE_GROUPS] : HARDWARE_GROUPS}
        onChange={(v) =>
          v === CUSTOM ? null : derive("hardware", getHardware(v)?.name ?? v, hardwareChange(s, v, purpose))
        }
      />
      <NumberField
        spec={numberSpec(shape.devices, locale)}
        value={s.devices}
        onCommit={(v) => set("devices", (x) => ({ ...x, devices: v! }))}
      />
      <NumberField
        spec={numberSpec(shape.devicesPerNode, locale)}
        value={s.devicesPerNode}
        onCommit={(v) => set("devicesPerNode", (x) => withOptional(x, "devicesPerNode", v))}
      />
      {hw?.memoryOptionsGb && (
        <SelectField
          label={fieldLabel(shape.memoryGb, locale)}
          value={String(s.memoryGb ?? hw.memoryGb)}
          options={hw.memoryOptionsGb.map((m) => ({ value: String(m), label: `${m} GB` }))}
          onChange={(v) => set("memoryGb", (x) => ({ ...x, memoryGb: Number(v) }))}
        />
      )}
      <SelectField
        label={fieldLabel(shape.interconnect, locale)}
        value={s.interconnect ?? NONE}
        options={INTERCONNECT_OPTIONS}
        onChange={(v) =>
          set("interconnect", (x) => withOptional(x, "interconnect", v === NONE ? undefined : v))
        }
      />
    </>
  );
}

/** The model, its weight and KV-cache precisions, and the serving framework. */
function ModelFields({ node, set }: { node: ServingNode; set: SetServing }) {
  const locale = useLocale();
  const s = node.serving!;
  const modelId = typeof s.model === "string" ? s.model : CUSTOM;
  const models = modelOptions(node.kind);
  const derive = useDerivedEditor(set);
  const chooseModel = (v: string) => {
    const model = getModel(v);
    if (!model) return null;
    const result = applyModel(s, model, node.kind);
    return result.ok ? derive("model", model.name, result) : textIn(result.reason, locale as Locale);
  };
  return (
    <>
      <SelectField
        label={fieldLabel(shape.model, locale)}
        value={modelId}
        options={
          modelId === CUSTOM
            ? [{ value: CUSTOM, label: `Custom: ${(s.model as { name: string }).name}` }, ...models]
            : models
        }
        onChange={(v) => (v === CUSTOM ? null : chooseModel(v))}
      />
      <ByoModelImport node={node} />
      <SelectField
        label={fieldLabel(shape.precision, locale)}
        value={s.precision}
        options={PRECISION_OPTIONS}
        onChange={(v) => set("precision", (x) => ({ ...x, precision: v }))}
      />
      <SelectField
        label={fieldLabel(shape.kvPrecision, locale)}
        value={s.kvPrecision ?? NONE}
        options={KV_PRECISION_OPTIONS}
        onChange={(v) =>
          set("kvPrecision", (x) => withOptional(x, "kvPrecision", v === NONE ? undefined : v))
        }
      />
      <SelectField
        label={fieldLabel(shape.framework, locale)}
        value={s.framework}
        options={FRAMEWORK_OPTIONS}
        hint={fieldHint(shape.framework, locale)}
        onChange={(v) => set("framework", (x) => compatibleServing({ ...x, framework: v }))}
      />
    </>
  );
}

/** How much each replica takes: its concurrency ("max", a number, or what the SLOs allow) and traffic share. */
function LoadFields({ serving: s, set }: { serving: Serving; set: SetServing }) {
  const locale = useLocale();
  return (
    <>
      <CheckboxField
        label={optionLabel(shape.concurrency, "max", locale)}
        checked={s.concurrency === "max"}
        onChange={(on) => set("concurrency", (x) => withOptional(x, "concurrency", on ? "max" : undefined))}
      />
      {s.concurrency !== "max" && (
        <NumberField
          spec={numberSpec(shape.concurrency, locale)}
          value={s.concurrency}
          onCommit={(v) => set("concurrency", (x) => withOptional(x, "concurrency", v))}
        />
      )}
      <NumberField
        spec={numberSpec(shape.trafficSharePct, locale)}
        value={s.trafficSharePct}
        onCommit={(v) => set("trafficSharePct", (x) => withOptional(x, "trafficSharePct", v))}
      />
    </>
  );
}
