"use client";

import { useLocale } from "next-intl";
import { CheckboxField } from "@/components/ui/form";
import { fieldHint, fieldLabel, optionLabel } from "@/lib/plan/fields";
import { CLOUD_BASELINES, costsSchema, type Costs } from "@/lib/plan/workload-schema";
import type { EditFn } from "./use-edit";
import styles from "./inspector.module.css";

const baselines = costsSchema.shape.cloudBaselines;

/**
 * Which cloud baselines the plan's cost is compared with (costs.cloudBaselines): one checkbox each, labels from the
 * field registry. The report's cost tab and the advisor's cloud options follow the choice.
 */
export function BaselineChecks({
  selected,
  edit,
}: {
  selected: Costs["cloudBaselines"];
  edit: EditFn<Costs>;
}) {
  const on = new Set(selected);
  const locale = useLocale();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{fieldLabel(baselines, locale)}</legend>
      <p className={styles.note}>{fieldHint(baselines, locale)}</p>
      {CLOUD_BASELINES.map((b) => (
        <CheckboxField
          key={b}
          label={optionLabel(baselines, b, locale)}
          checked={on.has(b)}
          onChange={(checked) =>
            edit("cloudBaselines", (c) => ({
              ...c,
              // Kept in the catalog's order, so the report lists them the same way whatever the click order.
              cloudBaselines: CLOUD_BASELINES.filter((x) => (x === b ? checked : on.has(x))),
            }))
          }
        />
      ))}
    </fieldset>
  );
}
