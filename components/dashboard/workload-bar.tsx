"use client";

import { useId } from "react";
import { ENVIRONMENTS, type PlanDocument } from "@/lib/plan/plan-schema";
import type { Slos, Workload } from "@/lib/plan/workload-schema";
import { NumberSliderField } from "./number-slider-field";
import { WORKLOAD_FIELDS, type FieldDef } from "./workload-fields";
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
   * and typing commit at most every 40 ms (first and last values always); merge the change into the plan and
   * re-evaluate.
   */
  onChange: (change: WorkloadBarChange) => void;
  /** Read-only mode (e.g. a shared plan): the controls are shown but disabled. */
  disabled?: boolean;
}

const ENVIRONMENT_LABELS: Record<Environment, string> = {
  dev: "Development",
  staging: "Staging",
  production: "Production",
};

const workloadFields = WORKLOAD_FIELDS.filter((f) => f.group === "workload");
const sloFields = WORKLOAD_FIELDS.filter((f) => f.group === "slos");

const valueOf = (plan: NonNullable<WorkloadBarProps["plan"]>, def: FieldDef): number =>
  def.group === "workload" ? plan.workload[def.key] : plan.slos[def.key];

const changeOf = (def: FieldDef, value: number): WorkloadBarChange =>
  def.group === "workload" ? { workload: { [def.key]: value } } : { slos: { [def.key]: value } };

/**
 * The workload and SLO controls as a compact, wrapping bar: users (logarithmic slider, 1…1,000,000), active share at
 * peak, requests per active user per minute, prompt and output tokens, documents per user, yearly growth, horizon,
 * environment, and the SLOs (minimum tok/s per user, maximum TTFT, availability). Each number is a slider plus a
 * validated number input.
 */
export function WorkloadBar({ plan, onChange, disabled }: WorkloadBarProps) {
  const id = useId();
  if (!plan) {
    return (
      <div className={styles.workloadBar} aria-busy="true">
        <p role="status" className={styles.muted}>
          Loading the workload…
        </p>
      </div>
    );
  }
  return (
    <div className={styles.workloadBar} role="group" aria-label="Workload and service levels">
      <fieldset className={`${styles.fieldset} ${styles.fieldsetWorkload}`}>
        <legend className={styles.legend}>Workload</legend>
        <div className={styles.fieldRow}>
          {workloadFields.map((def) => (
            <NumberSliderField
              key={def.key}
              def={def}
              value={valueOf(plan, def)}
              onCommit={(v) => onChange(changeOf(def, v))}
              disabled={disabled}
            />
          ))}
          <div className={styles.field}>
            <label htmlFor={`${id}-env`} className={styles.fieldLabel}>
              Environment
            </label>
            <select
              id={`${id}-env`}
              className={styles.select}
              value={plan.metadata.environment}
              onChange={(e) => onChange({ environment: e.target.value as Environment })}
              disabled={disabled}
            >
              {ENVIRONMENTS.map((env) => (
                <option key={env} value={env}>
                  {ENVIRONMENT_LABELS[env]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      <fieldset className={`${styles.fieldset} ${styles.fieldsetSlos}`}>
        <legend className={styles.legend}>Service levels</legend>
        <div className={styles.fieldRow}>
          {sloFields.map((def) => (
            <NumberSliderField
              key={def.key}
              def={def}
              value={valueOf(plan, def)}
              onCommit={(v) => onChange(changeOf(def, v))}
              disabled={disabled}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
