"use client";

import { CheckboxField, SelectField } from "@/components/ui/form";
import { PRECISION_LIST } from "@/lib/catalog";
import { HARDWARE_FAMILIES } from "@/lib/catalog/hardware-schema";
import { useEditor } from "@/lib/editor/editor-context";
import { fieldHint, fieldLabel, fieldMeta, optionLabel, say } from "@/lib/plan/fields";
import { costsSchema, slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import { constraintsSchema, metadataSchema, type Constraints } from "@/lib/plan/plan-schema";
import { FieldGroup } from "./field-group";
import { SchemaFields } from "./schema-fields";
import { useSectionEditor, withOptional, type EditFn } from "./use-edit";
import styles from "./inspector.module.css";

const storageShape = costsSchema.shape.storageUsdPerTbMonth.unwrap();
const families = constraintsSchema.shape.allowedHardwareFamilies;
const precisionFloor = constraintsSchema.shape.precisionFloor;
const PRECISION_FLOOR_OPTIONS = [
  { value: "", label: say(fieldMeta(precisionFloor).empty!) },
  ...PRECISION_LIST.map((p) => ({ value: p.id, label: p.name })),
];

/** Nothing selected: the plan's own settings — metadata, cost assumptions (with their date), constraints. */
export function PlanSettings() {
  const doc = useEditor((s) => s.doc);
  const editMeta = useSectionEditor("metadata", metadataSchema);
  const editWorkload = useSectionEditor("workload", workloadSchema);
  const editSlos = useSectionEditor("slos", slosSchema);
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>Plan settings</h2>
          <p className={styles.subtitle}>Select a component, zone or connection to edit it.</p>
        </div>
      </header>
      <FieldGroup title="Plan">
        <SchemaFields schema={metadataSchema} value={doc.metadata} edit={editMeta} skip={["templateId"]} />
      </FieldGroup>
      <CostSettings />
      <ConstraintSettings />
      <FieldGroup title="Workload" open={false}>
        <SchemaFields schema={workloadSchema} value={doc.workload} edit={editWorkload} />
      </FieldGroup>
      <FieldGroup title="Service levels" open={false}>
        <SchemaFields schema={slosSchema} value={doc.slos} edit={editSlos} />
      </FieldGroup>
    </div>
  );
}

/** Cost assumptions with the date they were true, storage prices per class, and how many overrides the plan holds. */
function CostSettings() {
  const costs = useEditor((s) => s.doc.costs);
  const edit = useSectionEditor("costs", costsSchema);
  return (
    <FieldGroup title={`Cost assumptions (prices as of ${costs.pricesAsOf})`}>
      <SchemaFields schema={costsSchema} value={costs} edit={edit} />
      <SchemaFields
        schema={storageShape}
        value={costs.storageUsdPerTbMonth}
        edit={(field, update) =>
          edit(`storageUsdPerTbMonth.${field}`, (c) => ({
            ...c,
            storageUsdPerTbMonth: update(c.storageUsdPerTbMonth),
          }))
        }
      />
      <p className={styles.note}>
        {Object.keys(costs.hardwarePriceOverridesUsd).length} hardware price override(s),{" "}
        {Object.keys(costs.cloudPriceOverrides).length} cloud price override(s) in the plan document.
      </p>
    </FieldGroup>
  );
}

/** The advisor's constraints: limits from the schema, the allowed hardware families and the precision floor. */
function ConstraintSettings() {
  const c = useEditor((s) => s.doc.constraints);
  const edit = useSectionEditor("constraints", constraintsSchema);
  return (
    <FieldGroup title="Constraints">
      <SchemaFields schema={constraintsSchema} value={c} edit={edit} skip={["precisionFloor"]} />
      <FamilyChecks allowed={c.allowedHardwareFamilies} edit={edit} />
      <SelectField
        label={fieldLabel(precisionFloor)}
        hint={fieldHint(precisionFloor)}
        value={c.precisionFloor ?? ""}
        options={PRECISION_FLOOR_OPTIONS}
        onChange={(v) => edit("precisionFloor", (x) => withOptional(x, "precisionFloor", v || undefined))}
      />
    </FieldGroup>
  );
}

function FamilyChecks({
  allowed,
  edit,
}: {
  allowed: Constraints["allowedHardwareFamilies"];
  edit: EditFn<Constraints>;
}) {
  const on = new Set(allowed);
  return (
    <fieldset className={styles.fieldset}>
      <legend>{fieldLabel(families)}</legend>
      {HARDWARE_FAMILIES.map((f) => (
        <CheckboxField
          key={f}
          label={optionLabel(families, f)}
          checked={on.has(f)}
          onChange={(checked) =>
            edit("allowedHardwareFamilies", (x) => ({
              ...x,
              allowedHardwareFamilies: checked
                ? HARDWARE_FAMILIES.filter((h) => h === f || on.has(h))
                : x.allowedHardwareFamilies.filter((h) => h !== f),
            }))
          }
        />
      ))}
    </fieldset>
  );
}
