"use client";

import { useLocale, useTranslations } from "next-intl";
import { NumberField, SelectField } from "@/components/ui/form";
import { enumValues, fieldLabel, numberSpec, optionLabel } from "@/lib/plan/fields";
import { metadataSchema, type PlanDocument } from "@/lib/plan/plan-schema";
import type { Slos, Workload } from "@/lib/plan/workload-schema";
import { SLO_BAR_FIELDS, WORKLOAD_BAR_FIELDS, type BarField } from "./workload-fields";
import styles from "./dashboard.module.css";

export type Environment = PlanDocument["metadata"]["environment"];

/** What the workload bar changed: only the edited keys are present. */
export interface WorkloadBarChange {
  workload?: Partial<Workload>;
  slos?: Partial<Slos>;
  environment?: Environment;
}

export interface WorkloadBarProps {
  /**
   * The plan being edited; reads `workload`, `slos` and `metadata.environment`. `null`/`undefined` while the plan
   * loads (the bar shows a placeholder).
   */
  plan: Pick<PlanDocument, "workload" | "slos" | "metadata"> | null | undefined;
  /**
   * Receives one change per edit, with valid values only (validated with the plan's zod schemas), e.g.
   * `{ workload: { users: 5000 } }`, `{ slos: { maxTtftMs: 1500 } }` or `{ environment: "staging" }`. Slider drags
   * and typing commit at most every COMMIT_INTERVAL_MS (first and last values always); merge the change into the
   * plan and re-evaluate.
   */
  onChange: (change: WorkloadBarChange) => void;
  /** Read-only mode (e.g. a shared plan): the controls are shown but disabled. */
  disabled?: boolean;
}

/**
 * Slider drags and keystrokes commit at most once per this interval (the first change at once, the last one always):
 * the dashboard follows a drag live without re-evaluating on every pixel.
 */
export const COMMIT_INTERVAL_MS = 40;

const environment = metadataSchema.shape.environment;
const environmentOptions = (locale: "en" | "fr") =>
  enumValues(environment).map((value) => ({ value, label: optionLabel(environment, value, locale) }));

type Plan = NonNullable<WorkloadBarProps["plan"]>;

const valueOf = (plan: Plan, f: BarField): number =>
  f.section === "workload" ? plan.workload[f.key] : plan.slos[f.key];

const changeOf = (f: BarField, value: number): WorkloadBarChange =>
  f.section === "workload" ? { workload: { [f.key]: value } } : { slos: { [f.key]: value } };

function BarFields({
  fields,
  plan,
  onChange,
  disabled,
}: { fields: readonly BarField[] } & WorkloadBarProps & { plan: Plan }) {
  const locale = useLocale();
  return fields.map((f) => (
    <NumberField
      key={f.key}
      spec={locale === f.spec.locale ? f.spec : numberSpec(f.schema, locale)}
      value={valueOf(plan, f)}
      onCommit={(v) => onChange(changeOf(f, v!))}
      slider
      layout="bar"
      commitIntervalMs={COMMIT_INTERVAL_MS}
      disabled={disabled}
    />
  ));
}

/**
 * The workload and SLO controls as a compact, wrapping bar: users (logarithmic slider, 1…1,000,000), active share at
 * peak, requests per active user per minute, prompt and output tokens, documents per user, yearly growth, horizon,
 * environment, and the SLOs (minimum tok/s per user, maximum TTFT, availability). Each number is a slider plus a
 * validated number input, labelled and bounded by the field registry.
 */
export function WorkloadBar({ plan, onChange, disabled }: WorkloadBarProps) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  if (!plan) {
    return (
      <div className={styles.workloadBar} aria-busy="true">
        <p role="status" className={styles.muted}>
          {t("loadingWorkload")}
        </p>
      </div>
    );
  }
  return (
    <div className={styles.workloadBar} role="group" aria-label={t("workloadAndSlos")}>
      <fieldset className={`${styles.fieldset} ${styles.fieldsetWorkload}`}>
        <legend className={styles.legend}>{t("workload")}</legend>
        <div className={styles.fieldRow}>
          <BarFields fields={WORKLOAD_BAR_FIELDS} plan={plan} onChange={onChange} disabled={disabled} />
          <SelectField
            label={fieldLabel(environment, locale)}
            value={plan.metadata.environment}
            options={environmentOptions(locale)}
            onChange={(v) => onChange({ environment: v as Environment })}
            layout="bar"
            disabled={disabled}
          />
        </div>
      </fieldset>
      <fieldset className={`${styles.fieldset} ${styles.fieldsetSlos}`}>
        <legend className={styles.legend}>{t("slos")}</legend>
        <div className={styles.fieldRow}>
          <BarFields fields={SLO_BAR_FIELDS} plan={plan} onChange={onChange} disabled={disabled} />
        </div>
      </fieldset>
    </div>
  );
}
