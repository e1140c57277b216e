"use client";

import { getHardware, getProduct } from "@/lib/catalog";
import { servingSchema, type PlanNode, type Serving } from "@/lib/plan/node-schema";
import { applyHardware, applyProduct, compatibleServing } from "@/lib/editor/ops/serving";
import { CheckboxField, FieldGroup, NumberField, SelectField } from "./fields";
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

/** Hardware × model × precision × framework of an LLM or embedding node. */
export function ServingFields({ node }: { node: PlanNode & { kind: "llm" | "embeddings" } }) {
  const edit = useNodeEditor(node.id);
  const s = node.serving!;
  const set = (field: string, update: (s: Serving) => Serving) =>
    edit(`serving.${field}`, (n) => ({ ...n, serving: update(n.serving!) }));
  const hardwareId = typeof s.hardware === "string" ? s.hardware : CUSTOM;
  const modelId = typeof s.model === "string" ? s.model : CUSTOM;
  const hw = typeof s.hardware === "string" ? getHardware(s.hardware) : undefined;
  const models = modelOptions(node.kind);
  return (
    <FieldGroup title="Serving">
      <SelectField
        label="Server / machine"
        value={s.product ?? NONE}
        options={PRODUCT_OPTIONS}
        hint="Sets the accelerator, devices per server and memory option."
        onChange={(v) => {
          if (v === NONE) return set("product", (x) => withOptional(x, "product", undefined));
          const result = applyProduct(s, getProduct(v)!);
          return result.ok ? set("product", () => result.serving) : result.message;
        }}
      />
      <SelectField
        label="Hardware"
        value={hardwareId}
        options={[]}
        groups={
          hardwareId === CUSTOM
            ? [
                {
                  label: "Custom",
                  options: [{ value: CUSTOM, label: `Custom: ${(s.hardware as { name: string }).name}` }],
                },
                ...HARDWARE_GROUPS,
              ]
            : HARDWARE_GROUPS
        }
        onChange={(v) => (v === CUSTOM ? null : set("hardware", (x) => applyHardware(x, v)))}
      />
      <NumberField
        label="Devices per instance (GPUs or Macs)"
        value={s.devices}
        schema={shape.devices.unwrap()}
        hint="One model instance spans these devices (tensor/pipeline parallel)."
        onCommit={(v) => set("devices", (x) => ({ ...x, devices: v! }))}
      />
      <NumberField
        label="Devices per server"
        value={s.devicesPerNode}
        optional
        schema={shape.devicesPerNode.unwrap()}
        placeholder="All in one server"
        onCommit={(v) => set("devicesPerNode", (x) => withOptional(x, "devicesPerNode", v))}
      />
      {hw?.memoryOptionsGb && (
        <SelectField
          label="Unified memory per machine (GB)"
          value={String(s.memoryGb ?? hw.memoryGb)}
          options={hw.memoryOptionsGb.map((m) => ({ value: String(m), label: `${m} GB` }))}
          onChange={(v) => set("memoryGb", (x) => ({ ...x, memoryGb: Number(v) }))}
        />
      )}
      <SelectField
        label="Interconnect between servers"
        value={s.interconnect ?? NONE}
        options={INTERCONNECT_OPTIONS}
        onChange={(v) =>
          set("interconnect", (x) => withOptional(x, "interconnect", v === NONE ? undefined : v))
        }
      />
      <SelectField
        label="Model"
        value={modelId}
        options={
          modelId === CUSTOM
            ? [{ value: CUSTOM, label: `Custom: ${(s.model as { name: string }).name}` }, ...models]
            : models
        }
        onChange={(v) => (v === CUSTOM ? null : set("model", (x) => ({ ...x, model: v })))}
      />
      <SelectField
        label="Weight precision"
        value={s.precision}
        options={PRECISION_OPTIONS}
        onChange={(v) => set("precision", (x) => ({ ...x, precision: v }))}
      />
      <SelectField
        label="KV-cache precision"
        value={s.kvPrecision ?? NONE}
        options={KV_PRECISION_OPTIONS}
        onChange={(v) =>
          set("kvPrecision", (x) => withOptional(x, "kvPrecision", v === NONE ? undefined : v))
        }
      />
      <SelectField
        label="Serving framework"
        value={s.framework}
        options={FRAMEWORK_OPTIONS}
        hint="Changing it may adjust the precision to one the framework can load."
        onChange={(v) => set("framework", (x) => compatibleServing({ ...x, framework: v }))}
      />
      <CheckboxField
        label="Run at the maximum concurrency the memory allows"
        checked={s.concurrency === "max"}
        onChange={(on) => set("concurrency", (x) => withOptional(x, "concurrency", on ? "max" : undefined))}
      />
      {s.concurrency !== "max" && (
        <NumberField
          label="Concurrent sequences per replica"
          value={s.concurrency}
          optional
          schema={servingSchema.shape.concurrency.unwrap()}
          placeholder="The most the SLOs allow"
          onCommit={(v) => set("concurrency", (x) => withOptional(x, "concurrency", v))}
        />
      )}
      <NumberField
        label="Share of the traffic (%)"
        value={s.trafficSharePct}
        optional
        schema={shape.trafficSharePct.unwrap()}
        placeholder="Split evenly"
        onCommit={(v) => set("trafficSharePct", (x) => withOptional(x, "trafficSharePct", v))}
      />
    </FieldGroup>
  );
}
