"use client";

import { useId, type KeyboardEvent, type ReactNode } from "react";
import {
  displayValue,
  sliderAttributes,
  sliderPosition,
  valueFromSlider,
  type NumberSpec,
} from "@/lib/plan/fields";
import { describedBy, FieldShell, type FieldLayout } from "./field-shell";
import { useFormReadOnly } from "./read-only";
import { useNumberField } from "./use-number-field";
import type { CommitResult } from "./use-throttled-commit";
import styles from "./form.module.css";

export interface NumberFieldProps {
  /** The field from the registry: `numberSpec(schema.shape.key)` — label with unit, range, step, hint, slider. */
  spec: NumberSpec;
  /** The current value in stored units (a share 0–1), from the document; undefined when an optional field is empty. */
  value: number | undefined;
  /**
   * Receives valid values only (stored units; undefined for an emptied optional field). May answer with an error to
   * show under the field (a rule across fields); the value is then not taken.
   */
  onCommit: (value: number | undefined) => CommitResult;
  /** Shown when empty; default: what empty means for the field ("No limit"). */
  placeholder?: string;
  /** Replaces the registry's hint. */
  hint?: ReactNode;
  /** Draw the field's slider (its `meta.slider` scale) beside the input. */
  slider?: boolean;
  /** Commit at most once per this interval (the first and last values always): a drag updates the plan live. */
  commitIntervalMs?: number;
  layout?: FieldLayout;
  disabled?: boolean;
}

/**
 * The one number input of every form: a text input in the spin-button role (so "1 234,5" can be typed in French),
 * validated as the user types with a message that says how to fix it while the document keeps the last valid value.
 * Arrow keys step, Escape restores, Enter commits; an optional slider moves on the field's scale.
 */
export function NumberField({
  spec,
  value,
  onCommit,
  placeholder,
  hint,
  slider = false,
  commitIntervalMs,
  layout = "stacked",
  disabled,
}: NumberFieldProps) {
  const id = useId();
  const readOnly = useFormReadOnly();
  const field = useNumberField(spec, value, onCommit, commitIntervalMs);
  const shownHint = hint ?? spec.hint;
  const f = spec.unit.factor;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape" && field.escape()) e.preventDefault();
    else if (e.key === "Enter") field.flush();
    else if ((e.key === "ArrowUp" || e.key === "ArrowDown") && !readOnly) {
      e.preventDefault();
      field.step(e.key === "ArrowUp" ? 1 : -1);
    }
  };
  return (
    <FieldShell id={id} label={spec.label} hint={shownHint} error={field.error} layout={layout}>
      <div className={styles.controls}>
        {slider && spec.slider && field.local !== undefined && (
          <SliderInput
            spec={spec}
            labelId={`${id}-label`}
            value={field.local}
            onSlide={field.set}
            onRelease={field.flush}
            disabled={disabled || readOnly}
          />
        )}
        <input
          id={id}
          className={`${styles.input} ${styles.number}`}
          type="text"
          role="spinbutton"
          inputMode="decimal"
          autoComplete="off"
          value={field.text}
          placeholder={placeholder ?? spec.empty}
          aria-valuenow={field.local === undefined ? undefined : field.local * f}
          aria-valuemin={spec.min === undefined ? undefined : spec.min * f}
          aria-valuemax={spec.max === undefined ? undefined : spec.max * f}
          aria-valuetext={field.local === undefined ? undefined : displayValue(spec, field.local)}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy(id, shownHint, field.error, layout)}
          readOnly={readOnly}
          disabled={disabled}
          onChange={(e) => field.type(e.target.value)}
          onBlur={field.blur}
          onKeyDown={onKeyDown}
        />
      </div>
    </FieldShell>
  );
}

interface SliderInputProps {
  spec: NumberSpec;
  labelId: string;
  value: number;
  onSlide: (value: number) => void;
  onRelease: () => void;
  disabled?: boolean;
}

/** The range input of a number field, announcing the value with its unit ("20%", "3,000 users"). */
function SliderInput({ spec, labelId, value, onSlide, onRelease, disabled }: SliderInputProps) {
  const { min, max, step } = sliderAttributes(spec);
  return (
    <input
      type="range"
      className={styles.range}
      aria-labelledby={labelId}
      aria-valuetext={displayValue(spec, value)}
      min={min}
      max={max}
      step={step}
      value={sliderPosition(spec, value)}
      onChange={(e) => onSlide(valueFromSlider(spec, Number(e.target.value), value))}
      onPointerUp={onRelease}
      onKeyUp={onRelease}
      disabled={disabled}
    />
  );
}
