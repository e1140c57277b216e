"use client";

import { PRECISION_LIST } from "@/lib/catalog";
import { HARDWARE_FAMILIES } from "@/lib/catalog/hardware-schema";
import { useEditor } from "@/lib/editor/editor-context";
import { costsSchema, slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import { constraintsSchema, metadataSchema } from "@/lib/plan/plan-schema";
import { CheckboxField, FieldGroup, SelectField } from "./fields";
import { SchemaFields } from "./schema-fields";
import { useSectionEditor, withOptional } from "./use-edit";
import styles from "./inspector.module.css";

const storageShape = costsSchema.shape.storageUsdPerTbMonth.unwrap();

/** Nothing selected: the plan's own settings — metadata, cost assumptions (with their date), constraints. */
export function PlanSettings() {
  const doc = useEditor((s) => s.doc);
  const editMeta = useSectionEditor("metadata", metadataSchema);
  const editCosts = useSectionEditor("costs", costsSchema);
  const editConstraints = useSectionEditor("constraints", constraintsSchema);
  const editWorkload = useSectionEditor("workload", workloadSchema);
  const editSlos = useSectionEditor("slos", slosSchema);
  const c = doc.constraints;
  const families = new Set(c.allowedHardwareFamilies);
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>Plan settings</h2>
          <p className={styles.subtitle}>Select a component, zone or connection to edit it.</p>
        </div>
      </header>
      <FieldGroup title="Plan">
        <SchemaFields
          labels="metadata"
          schema={metadataSchema}
          value={doc.metadata}
          edit={editMeta}
          skip={["templateId"]}
        />
      </FieldGroup>
      <FieldGroup title={`Cost assumptions (prices as of ${doc.costs.pricesAsOf})`}>
        <SchemaFields labels="costs" schema={costsSchema} value={doc.costs} edit={editCosts} />
        <SchemaFields
          labels="storageUsdPerTbMonth"
          schema={storageShape}
          value={doc.costs.storageUsdPerTbMonth}
          edit={(field, update) =>
            editCosts(`storageUsdPerTbMonth.${field}`, (costs) => ({
              ...costs,
              storageUsdPerTbMonth: update(costs.storageUsdPerTbMonth),
            }))
          }
        />
        <p className={styles.note}>
          {Object.keys(doc.costs.hardwarePriceOverridesUsd).length} hardware price override(s),{" "}
          {Object.keys(doc.costs.cloudPriceOverrides).length} cloud price override(s) in the plan document.
        </p>
      </FieldGroup>
      <FieldGroup title="Constraints">
        <SchemaFields labels="constraints" schema={constraintsSchema} value={c} edit={editConstraints} />
        <fieldset className={styles.fieldset}>
          <legend>Allowed hardware families</legend>
          {HARDWARE_FAMILIES.map((f) => (
            <CheckboxField
              key={f}
              label={f === "nvidia" ? "NVIDIA GPUs" : f === "apple" ? "Apple Silicon" : "CPU only"}
              checked={families.has(f)}
              onChange={(on) =>
                editConstraints("allowedHardwareFamilies", (x) => ({
                  ...x,
                  allowedHardwareFamilies: on
                    ? HARDWARE_FAMILIES.filter((h) => h === f || families.has(h))
                    : x.allowedHardwareFamilies.filter((h) => h !== f),
                }))
              }
            />
          ))}
        </fieldset>
        <SelectField
          label="Lowest acceptable precision"
          value={c.precisionFloor ?? ""}
          options={[
            { value: "", label: "Any" },
            ...PRECISION_LIST.map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(v) =>
            editConstraints("precisionFloor", (x) => withOptional(x, "precisionFloor", v || undefined))
          }
        />
      </FieldGroup>
      <FieldGroup title="Workload" open={false}>
        <SchemaFields labels="workload" schema={workloadSchema} value={doc.workload} edit={editWorkload} />
      </FieldGroup>
      <FieldGroup title="Service levels" open={false}>
        <SchemaFields labels="slos" schema={slosSchema} value={doc.slos} edit={editSlos} />
      </FieldGroup>
    </div>
  );
}
