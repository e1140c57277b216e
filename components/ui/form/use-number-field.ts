"use client";

import { useState } from "react";
import { inputText, readNumberInput, stepNumber, type NumberSpec } from "@/lib/plan/fields";
import { useThrottledCommit, type CommitResult } from "./use-throttled-commit";

export interface NumberFieldState {
  /** What the input shows: the user's text while typing, else the value. */
  text: string;
  /** The last valid value (stored units); it leads the document while a throttled commit is pending. */
  local: number | undefined;
  error: string | null;
  type(text: string): void;
  /** A value from elsewhere (the slider). */
  set(value: number): void;
  step(direction: 1 | -1): void;
  blur(): void;
  /** Restores the last valid value; false when there was nothing to undo. */
  escape(): boolean;
  flush(): void;
}

/**
 * The state of one number field: the text stays as typed, is read with the one parser and validated against the
 * field's schema on every keystroke, and only valid values reach `onCommit` (which may answer with an error from a
 * rule across fields). The document therefore always holds the last valid value; an outside change (undo, load)
 * replaces what is shown.
 */
export function useNumberField(
  spec: NumberSpec,
  value: number | undefined,
  onCommit: (value: number | undefined) => CommitResult,
  commitIntervalMs?: number,
): NumberFieldState {
  const commit = useThrottledCommit(onCommit, commitIntervalMs);
  const [prevValue, setPrevValue] = useState(value);
  const [local, setLocal] = useState(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (value !== prevValue) {
    // Our own commit coming back (nothing to do) or an outside edit to adopt.
    setPrevValue(value);
    if (value !== local) {
      setLocal(value);
      setDraft(null);
      setError(null);
    }
  }

  const accept = (next: number | undefined) => {
    const problem = commit.schedule(next);
    if (problem) return setError(problem);
    setLocal(next);
    setError(null);
  };

  return {
    text: draft ?? inputText(spec, local),
    local,
    error,
    type(text) {
      setDraft(text);
      const result = readNumberInput(spec, text, local);
      if (result.ok) accept(result.value);
      else setError(result.message);
    },
    set(next) {
      setDraft(null);
      accept(next);
    },
    step(direction) {
      if (error) return;
      const next = stepNumber(spec, local, direction);
      if (next === local) return;
      setDraft(null);
      accept(next);
    },
    blur() {
      commit.flush();
      if (!error) setDraft(null); // valid: show the value again, normalised
    },
    escape() {
      if (!error) return false;
      commit.flush();
      setDraft(null);
      setError(null);
      return true;
    },
    flush: commit.flush,
  };
}
