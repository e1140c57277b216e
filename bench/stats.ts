/** Timing helpers for the benchmarks: median of repeated runs (after a warm-up), in ms. */
export function timeMs(fn: () => void, runs: number, warmup = Math.min(10, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))]!;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** "max": value must stay at or below target; "min": at or above. */
  direction: "max" | "min";
  detail?: string;
}

export const passes = (r: BenchResult) => (r.direction === "max" ? r.value <= r.target : r.value >= r.target);
