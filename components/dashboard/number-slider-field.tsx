"use client";

import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import {
  fieldBounds,
  fieldDescription,
  inputText,
  sliderAttributes,
  sliderPosition,
  spokenValue,
  validateInput,
  valueFromSlider,
  type FieldDef,
} from "./workload-fields";
import styles from "./dashboard.module.css";

/**
 * Slider drags and keystrokes commit at most once per this interval (the first change at once, the last one always):
 * the dashboard follows a drag live without re-evaluating on every pixel.
 */
export const COMMIT_INTERVAL_MS = 40;

export interface NumberSliderFieldProps {
  /** Which field (label, units, schema, slider scale) — one of WORKLOAD_FIELDS. */
  def: FieldDef;
  /** The current value in the schema's units (e.g. a 0–1 share), from the plan. */
  value: number;
  /** Receives new valid values (schema units), at most one per COMMIT_INTERVAL_MS; flushed on blur and release. */
  onCommit: (value: number) => void;
  disabled?: boolean;
}

/**
 * A labelled slider plus number input for one numeric plan field. The slider (linear, logarithmic or "nines")
 * announces the value with its unit; the number input is validated against the zod schema as the user types:
 * an invalid entry shows why and keeps the last valid value (Escape restores it).
 */
export function NumberSliderField({ def, value, onCommit, disabled }: NumberSliderFieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const inputId = `${id}-input`;
  const messageId = `${id}-message`;
  const bounds = fieldBounds(def);
  const slider = sliderAttributes(def);

  // `local` is the last valid value (it leads the plan while a commit is pending); `text` is what the input shows.
  const [prevValue, setPrevValue] = useState(value);
  const [local, setLocal] = useState(value);
  const [text, setText] = useState(() => inputText(def, value));
  const [error, setError] = useState<string | null>(null);
  if (value !== prevValue) {
    // The plan changed: our own commit coming back (nothing to do) or an outside edit (undo, load) to adopt.
    setPrevValue(value);
    if (value !== local) {
      setLocal(value);
      setText(inputText(def, value));
      setError(null);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<number | null>(null);
  const lastCommit = useRef(0);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = pending.current;
    pending.current = null;
    if (v !== null) {
      lastCommit.current = performance.now();
      commitRef.current(v);
    }
  }, []);
  const schedule = (v: number) => {
    pending.current = v;
    if (timer.current) return; // the pending timer will commit the latest value
    const wait = COMMIT_INTERVAL_MS - (performance.now() - lastCommit.current);
    if (wait <= 0) flush();
    else timer.current = setTimeout(flush, wait);
  };
  useEffect(() => flush, [flush]);

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const next = valueFromSlider(def, Number(e.target.value), local);
    setLocal(next);
    setText(inputText(def, next));
    setError(null);
    schedule(next);
  };

  const onType = (e: ChangeEvent<HTMLInputElement>) => {
    const raw = e.target.value;
    setText(raw);
    // type=number reports "" for unparsable text; say so rather than "enter a value".
    const result = e.target.validity.badInput
      ? validateInput(def, "not a number", local)
      : validateInput(def, raw, local);
    if (result.ok) {
      setLocal(result.value);
      setError(null);
      schedule(result.value);
    } else {
      setError(result.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape" && error) {
      e.preventDefault();
      setText(inputText(def, local));
      setError(null);
    } else if (e.key === "Enter") flush();
  };

  return (
    <div className={styles.field}>
      <label id={labelId} htmlFor={inputId} className={styles.fieldLabel} title={fieldDescription(def)}>
        {def.label}
      </label>
      <div className={styles.fieldControls}>
        <input
          type="range"
          className={styles.range}
          aria-labelledby={labelId}
          aria-valuetext={spokenValue(def, local)}
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={sliderPosition(def, local)}
          onChange={onSlide}
          onPointerUp={flush}
          onKeyUp={flush}
          disabled={disabled}
        />
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          className={styles.number}
          min={bounds.min}
          max={bounds.max}
          step={bounds.integer ? 1 : "any"}
          value={text}
          onChange={onType}
          onBlur={flush}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? messageId : undefined}
          disabled={disabled}
        />
      </div>
      <p id={messageId} className={styles.fieldError} aria-live="polite">
        {error}
      </p>
    </div>
  );
}
