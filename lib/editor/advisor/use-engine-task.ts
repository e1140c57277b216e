"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { getEngineClient, SupersededError, type EngineClient } from "./engine-client";
import { errorMessage } from "./engine-host";
import type { EngineRequestOf, EngineResultOf, EngineTaskKind } from "./protocol";

export type EngineTaskStatus = "idle" | "running" | "done" | "error";

export interface EngineTaskState<T> {
  /** idle: never run (disabled, or waiting for the first debounce); running; done; error (see `error`). */
  status: EngineTaskStatus;
  /** The last successful result — kept while a newer request runs and after an error, so the UI does not blank. */
  result: T | null;
  /** Why the last run failed (status "error"). */
  error: string | null;
  /** The current run has taken more than `slowAfterMs` (show "searching…"). */
  slow: boolean;
  /** The result was computed for an older version of the input (a newer run is pending or running). */
  stale: boolean;
  /** Runs now, skipping the debounce (also when `enabled` is false). */
  run(): void;
}

export interface EngineTaskOptions {
  /** Re-run automatically when the input changes (default true). */
  enabled?: boolean;
  /** Quiet time after the last input change before a run starts, ms (default 300). */
  debounceMs?: number;
  /** After this long a run counts as slow (`slow: true`), ms (default 1000). */
  slowAfterMs?: number;
  /** The engine client (default: the page's shared worker). */
  client?: EngineClient;
}

interface Inner<T> {
  status: EngineTaskStatus;
  result: T | null;
  error: string | null;
  slow: boolean;
  /** Signature of the input `result` was computed from. */
  resultSignature: string | null;
}

/**
 * Runs an engine request in the advisor worker whenever `signature` changes (debounced), keeping only the answer
 * to the newest request: every run gets an id, answers to older ids are dropped, and waiting calls of this hook are
 * superseded in the worker. `request` may be a new object on every render; only `signature` triggers runs.
 * `request: null` means there is nothing to compute.
 */
export function useEngineTask<K extends EngineTaskKind>(
  request: EngineRequestOf<K> | null,
  signature: string,
  options: EngineTaskOptions = {},
): EngineTaskState<EngineResultOf<K>> {
  const { enabled = true, debounceMs = 300, slowAfterMs = 1000, client } = options;
  const channel = `engine-task${useId()}`;
  const [state, setState] = useState<Inner<EngineResultOf<K>>>({
    status: "idle",
    result: null,
    error: null,
    slow: false,
    resultSignature: null,
  });
  const latest = useRef({ request, signature });
  const seq = useRef(0);

  useEffect(() => {
    latest.current = { request, signature };
  });

  const start = useCallback(() => {
    const { request: req, signature: sig } = latest.current;
    if (!req) return;
    const id = ++seq.current;
    const engine = client ?? getEngineClient();
    // A run replacing a slow one stays "slow" (no flicker of the progress text while the user keeps typing).
    setState((s) => ({ ...s, status: "running", error: null, slow: s.status === "running" && s.slow }));
    const slowTimer = setTimeout(() => {
      if (seq.current === id) setState((s) => (s.status === "running" ? { ...s, slow: true } : s));
    }, slowAfterMs);
    engine
      .run(req, channel)
      .then(
        (result) => {
          if (seq.current === id)
            setState({ status: "done", result, error: null, slow: false, resultSignature: sig });
        },
        (e: unknown) => {
          if (e instanceof SupersededError || seq.current !== id) return;
          setState((s) => ({ ...s, status: "error", error: errorMessage(e), slow: false }));
        },
      )
      .finally(() => clearTimeout(slowTimer));
  }, [channel, client, slowAfterMs]);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(start, debounceMs);
    return () => clearTimeout(timer);
  }, [enabled, signature, debounceMs, start]);

  // Unmounting (or a new channel) drops the waiting call and ignores the answer of a running one.
  useEffect(
    () => () => {
      seq.current++;
      (client ?? getEngineClient()).cancel(channel);
    },
    [channel, client],
  );

  return {
    status: state.status,
    result: state.result,
    error: state.error,
    slow: state.slow,
    stale: state.result !== null && state.resultSignature !== signature,
    run: start,
  };
}
