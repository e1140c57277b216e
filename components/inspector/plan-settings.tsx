"use client";

import { useLocale, useTranslations } from "next-intl";
import { CheckboxField, SelectField } from "@/components/ui/form";
import { PRECISION_LIST } from "@/lib/catalog";
import { HARDWARE_FAMILIES } from "@/lib/catalog/hardware-schema";
import { useEditor } from "@/lib/editor/editor-context";
import { fieldHint, fieldLabel, fieldMeta, optionLabel, say } from "@/lib/plan/fields";
import { costsSchema, slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import { withCurrency } from "@/lib/plan/currency";
import {
  constraintsSchema,
  metadataSchema,
  type Constraints,
  type PlanMetadata,
} from "@/lib/plan/plan-schema";
import { formatDate, formatNumber } from "@/lib/format";
import { BaselineChecks } from "./baseline-checks";
import { FieldGroup } from "./field-group";
import { SchemaFields } from "./schema-fields";
import { useSectionEditor, withOptional, type EditFn } from "./use-edit";
import styles from "./inspector.module.css";

const storageShape = costsSchema.shape.storageUsdPerTbMonth.unwrap();
const families = constraintsSchema.shape.allowedHardwareFamilies;
const precisionFloor = constraintsSchema.shape.precisionFloor;
const precisionFloorOptions = (locale: "en" | "fr") => [
  { value: "", label: say(fieldMeta(precisionFloor).empty!, locale) },
  ...PRECISION_LIST.map((p) => ({ value: p.id, label: p.name })),
];

/** Nothing selected: the plan's own settings — metadata, cost assumptions (with their date), constraints. */
export function PlanSettings() {
  const doc = useEditor((s) => s.doc);
  const editMetaField = useSectionEditor("metadata", metadataSchema);
  // A new currency brings the catalog's dated rate with it (lib/plan/currency.ts); both stay editable.
  const editMeta: EditFn<PlanMetadata> = (field, update) =>
    editMetaField(field, field === "currency" ? (m) => withCurrency(m, update(m).currency) : update);
  const t = useTranslations("inspector");
  const editWorkload = useSectionEditor("workload", workloadSchema);
  const editSlos = useSectionEditor("slos", slosSchema);
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>{t("planSettings")}</h2>
          <p className={styles.subtitle}>{t("selectHint")}</p>
        </div>
      </header>
      <FieldGroup title={t("groups.plan")}>
        <SchemaFields schema={metadataSchema} value={doc.metadata} edit={editMeta} skip={["templateId"]} />
        <RateNote metadata={doc.metadata} />
      </FieldGroup>
      <CostSettings />
      <ConstraintSettings />
      <FieldGroup title={t("groups.workload")} open={false}>
        <SchemaFields schema={workloadSchema} value={doc.workload} edit={editWorkload} />
      </FieldGroup>
      <FieldGroup title={t("groups.slos")} open={false}>
        <SchemaFields schema={slosSchema} value={doc.slos} edit={editSlos} />
      </FieldGroup>
    </div>
  );
}

/** Cost assumptions with the date they were true, storage prices per class, and how many overrides the plan holds. */
function CostSettings() {
  const costs = useEditor((s) => s.doc.costs);
  const edit = useSectionEditor("costs", costsSchema);
  const t = useTranslations("inspector");
  const locale = useLocale();
  return (
    <FieldGroup title={t("costTitle", { date: formatDate(costs.pricesAsOf, locale) })}>
      <SchemaFields schema={costsSchema} value={costs} edit={edit} />
      <BaselineChecks selected={costs.cloudBaselines} edit={edit} />
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
        {t("overrides", {
          hardware: Object.keys(costs.hardwarePriceOverridesUsd).length,
          cloud: Object.keys(costs.cloudPriceOverrides).length,
        })}
      </p>
    </FieldGroup>
  );
}

/** The advisor's constraints: limits from the schema, the allowed hardware families and the precision floor. */
function ConstraintSettings() {
  const c = useEditor((s) => s.doc.constraints);
  const edit = useSectionEditor("constraints", constraintsSchema);
  const t = useTranslations("inspector");
  const locale = useLocale();
  return (
    <FieldGroup title={t("groups.constraints")}>
      <SchemaFields schema={constraintsSchema} value={c} edit={edit} skip={["precisionFloor"]} />
      <FamilyChecks allowed={c.allowedHardwareFamilies} edit={edit} />
      <SelectField
        label={fieldLabel(precisionFloor, locale)}
        hint={fieldHint(precisionFloor, locale)}
        value={c.precisionFloor ?? ""}
        options={precisionFloorOptions(locale)}
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
  const locale = useLocale();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{fieldLabel(families, locale)}</legend>
      {HARDWARE_FAMILIES.map((f) => (
        <CheckboxField
          key={f}
          label={optionLabel(families, f, locale)}
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

/** What the money figures mean: computed in USD, shown in the plan's currency at its dated rate. */
function RateNote({ metadata }: { metadata: PlanMetadata }) {
  const t = useTranslations("inspector");
  const locale = useLocale();
  if (metadata.currency === "USD") return null;
  return (
    <p className={styles.note}>
      {t("rateNote", {
        currency: metadata.currency,
        rate: formatNumber(metadata.usdToCurrencyRate, 5, locale),
        date: metadata.exchangeRateAsOf ? formatDate(metadata.exchangeRateAsOf, locale) : "none",
      })}
    </p>
  );
}
