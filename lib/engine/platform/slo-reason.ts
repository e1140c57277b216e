/**
 * Why a serving node meets or misses the SLOs, as a stable code with numeric params, plus the engine's English
 * sentence. Readers in other languages render the code through messages/<locale>/findings.json
 * (`slo-not-met.reason.<code>`); the English there says exactly what `sloReasonText` writes.
 */
export const SLO_REASON_CODES = [
  "stream-too-slow",
  "does-not-fit",
  "rate-admitted",
  "streams-admitted",
  "embedding-batches",
  "cloud-elastic",
  "cloud-too-slow",
] as const;
export type SloReasonCode = (typeof SLO_REASON_CODES)[number];

/** A reason's figures: tok/s (`tps`, `minTps`), ms (`ttftMs`, `maxTtftMs`, `queryMs`), req/s (`rps`), counts. */
export interface SloReason {
  code: SloReasonCode;
  params: Record<string, number>;
}

const TEXT: Record<SloReasonCode, (p: Record<string, number>) => string> = {
  "stream-too-slow": (p) =>
    `even one stream misses the SLOs: ${p.tps} tok/s (min ${p.minTps}), TTFT ${p.ttftMs} ms (max ${p.maxTtftMs})`,
  "does-not-fit": () => "the model does not fit the devices",
  "rate-admitted": (p) =>
    `up to ${p.rps} req/s per replica (${p.streams} concurrent streams admitted) keep ≥ ${p.minTps} tok/s and p90 TTFT ≤ ${p.maxTtftMs} ms`,
  "streams-admitted": (p) =>
    `up to ${p.streams} concurrent streams per replica keep ≥ ${p.minTps} tok/s and TTFT ≤ ${p.maxTtftMs} ms`,
  "embedding-batches": (p) =>
    `batches of ${p.batch} chunks of ${p.chunkTokens} tokens; a ${p.queryTokens}-token query embeds in ${p.queryMs} ms`,
  "cloud-elastic": () => "elastic cloud capacity within the SLOs",
  "cloud-too-slow": (p) =>
    `typical ${p.tps} tok/s per stream and ${p.ttftMs} ms to first token miss the SLOs`,
};

/** The engine's English sentence for a reason (the CLI, the API's `sloReason`). */
export function sloReasonText(reason: SloReason): string {
  return TEXT[reason.code](reason.params);
}
