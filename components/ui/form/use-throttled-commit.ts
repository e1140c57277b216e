"use client";

import { useCallback, useEffect, useRef } from "react";

export type CommitResult = string | null | void;

/**
 * Commits at most once per `intervalMs` — the first value at once, the latest one always (on the timer, or on
 * `flush`: blur, release, Enter, unmount). With no interval every value is committed at once and the commit's answer
 * (an error message, or nothing) is returned; throttled commits answer nothing.
 */
export function useThrottledCommit<T>(onCommit: (value: T) => CommitResult, intervalMs = 0) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const lastCommit = useRef(0);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) {
      lastCommit.current = performance.now();
      commitRef.current(next.value);
    }
  }, []);
  useEffect(() => flush, [flush]);

  const schedule = useCallback(
    (value: T): string | null => {
      if (intervalMs <= 0) return commitRef.current(value) ?? null;
      pending.current = { value };
      if (timer.current) return null; // the pending timer commits the latest value
      const wait = intervalMs - (performance.now() - lastCommit.current);
      if (wait <= 0) flush();
      else timer.current = setTimeout(flush, wait);
      return null;
    },
    [intervalMs, flush],
  );
  return { schedule, flush };
}
