"use client";

import { useState } from "react";
import type { Constraints } from "@/lib/plan/plan-schema";
import { validateConstraints } from "./constraints-data";

export type ConstraintErrors = Partial<Record<keyof Constraints, string>>;

export interface ConstraintsEditor {
  constraints: Constraints;
  errors: ConstraintErrors;
  /**
   * Validates a change of one field against the whole schema and emits the constraints when valid. Returns the
   * message for that field when invalid (null when applied), and keeps it in `errors`.
   */
  submit(key: keyof Constraints, patch: Partial<Constraints>): string | null;
}

/** Edits of the advisor constraints: every change is checked with the whole `constraintsSchema` before it is sent. */
export function useConstraintsEditor(
  constraints: Constraints,
  onChange: (constraints: Constraints) => void,
): ConstraintsEditor {
  const [errors, setErrors] = useState<ConstraintErrors>({});
  const submit = (key: keyof Constraints, patch: Partial<Constraints>): string | null => {
    const result = validateConstraints({ ...constraints, ...patch });
    const message = result.ok ? null : (result.errors[key] ?? Object.values(result.errors)[0] ?? null);
    setErrors((e) => {
      const next = { ...e };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
    if (result.ok) onChange(result.value);
    return message;
  };
  return { constraints, errors, submit };
}
