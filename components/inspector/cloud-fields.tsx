"use client";

import { cloudSchema, type Cloud, type PlanNode } from "@/lib/plan/node-schema";
import { FieldGroup, NumberField, SelectField } from "./fields";
import { cloudModelOptions, PROVIDER_OPTIONS } from "./catalog-options";
import { useNodeEditor, withOptional } from "./use-edit";

/** Provider, model, purpose and role of a cloud LLM node. */
export function CloudFields({ node }: { node: PlanNode }) {
  const edit = useNodeEditor(node.id);
  const c = node.cloud!;
  const set = (field: string, update: (c: Cloud) => Cloud) =>
    edit(`cloud.${field}`, (n) => ({ ...n, cloud: update(n.cloud!) }));
  /** Provider or purpose changed: keep the model if it still fits, else the first one that does. */
  const withModel = (next: Cloud): Cloud | string => {
    const options = cloudModelOptions(next.provider, next.purpose);
    if (options.some((o) => o.value === next.model)) return next;
    return options[0]
      ? { ...next, model: options[0].value }
      : `No ${next.provider} model for ${next.purpose} in the catalog.`;
  };
  const change = (field: string, next: Cloud | string) =>
    typeof next === "string" ? next : set(field, () => next);
  return (
    <FieldGroup title="Cloud provider">
      <SelectField
        label="Provider"
        value={c.provider}
        options={PROVIDER_OPTIONS}
        onChange={(v) => change("provider", withModel({ ...c, provider: v as Cloud["provider"] }))}
      />
      <SelectField
        label="Purpose"
        value={c.purpose}
        options={[
          { value: "llm", label: "Generation (LLM)" },
          { value: "embeddings", label: "Embeddings" },
        ]}
        onChange={(v) => change("purpose", withModel({ ...c, purpose: v as Cloud["purpose"] }))}
      />
      <SelectField
        label="Model"
        value={c.model}
        options={cloudModelOptions(c.provider, c.purpose)}
        onChange={(v) => set("model", (x) => ({ ...x, model: v }))}
      />
      <SelectField
        label="Role"
        value={c.role}
        options={[
          { value: "primary", label: "Primary" },
          { value: "fallback", label: "Fallback (overflow share only)" },
        ]}
        onChange={(v) => set("role", (x) => ({ ...x, role: v as Cloud["role"] }))}
      />
      <NumberField
        label="Share of the traffic (%)"
        value={c.trafficSharePct}
        optional
        schema={cloudSchema.shape.trafficSharePct.unwrap()}
        placeholder="Split evenly"
        onCommit={(v) => set("trafficSharePct", (x) => withOptional(x, "trafficSharePct", v))}
      />
    </FieldGroup>
  );
}
