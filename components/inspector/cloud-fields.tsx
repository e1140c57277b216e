"use client";

import { useLocale } from "next-intl";
import { NumberField, SelectField } from "@/components/ui/form";
import { enumValues, fieldLabel, numberSpec, optionLabel } from "@/lib/plan/fields";
import { cloudSchema, nodeSchema, type Cloud, type PlanNode } from "@/lib/plan/node-schema";
import { cloudModelOptions } from "./catalog-options";
import { FieldGroup } from "./field-group";
import { useNodeEditor, withOptional } from "./use-edit";

const shape = cloudSchema.shape;
/** The choices of an enum field of the cloud settings, named by the field registry. */
const choices = (field: (typeof shape)["provider" | "purpose" | "role"]) =>
  enumValues(field).map((value) => ({ value, label: optionLabel(field, value) }));
const PROVIDERS = choices(shape.provider);
const PURPOSES = choices(shape.purpose);
const ROLES = choices(shape.role);

/** Provider, model, purpose and role of a cloud LLM node. */
export function CloudFields({ node }: { node: PlanNode }) {
  const locale = useLocale();
  const edit = useNodeEditor(node.id);
  const c = node.cloud!;
  const set = (field: string, update: (c: Cloud) => Cloud) =>
    edit(`cloud.${field}`, (n) => ({ ...n, cloud: update(n.cloud!) }));
  /** Provider or purpose changed: keep the model if it still fits, else the first one that does. */
  const withModel = (field: string, next: Cloud) => {
    const options = cloudModelOptions(next.provider, next.purpose);
    if (options.some((o) => o.value === next.model)) return set(field, () => next);
    if (!options[0]) return `No ${next.provider} model for ${next.purpose} in the catalog.`;
    return set(field, () => ({ ...next, model: options[0]!.value }));
  };
  return (
    <FieldGroup title={fieldLabel(nodeSchema.shape.cloud, locale)}>
      <SelectField
        label={fieldLabel(shape.provider, locale)}
        value={c.provider}
        options={PROVIDERS}
        onChange={(v) => withModel("provider", { ...c, provider: v as Cloud["provider"] })}
      />
      <SelectField
        label={fieldLabel(shape.purpose, locale)}
        value={c.purpose}
        options={PURPOSES}
        onChange={(v) => withModel("purpose", { ...c, purpose: v as Cloud["purpose"] })}
      />
      <SelectField
        label={fieldLabel(shape.model, locale)}
        value={c.model}
        options={cloudModelOptions(c.provider, c.purpose)}
        onChange={(v) => set("model", (x) => ({ ...x, model: v }))}
      />
      <SelectField
        label={fieldLabel(shape.role, locale)}
        value={c.role}
        options={ROLES}
        onChange={(v) => set("role", (x) => ({ ...x, role: v as Cloud["role"] }))}
      />
      <NumberField
        spec={numberSpec(shape.trafficSharePct, locale)}
        value={c.trafficSharePct}
        onCommit={(v) => set("trafficSharePct", (x) => withOptional(x, "trafficSharePct", v))}
      />
    </FieldGroup>
  );
}
