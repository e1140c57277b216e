/**
 * Why an option was chosen or where it stands, as stable codes with params plus the engine's English sentence
 * (the CLI and the API's `reasons`). Readers in other languages render the codes through
 * messages/<locale>/advisor.json (`reasons.<code>`), whose English says exactly what `reasonText` writes.
 */
export const REASON_CODES = [
  "cloud-elastic",
  "instances",
  "at-peak",
  "cheapest",
  "cheapest-other-kind",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** A reason's figures: tok/s (`tps`), ms (`ttftMs`), counts, USD (`costUsd`, rounded), and names. */
export interface OptionReason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

const usd = (x: number) => `${Math.round(x).toLocaleString("en-US")} USD`;
const basisText = (p: OptionReason["params"]) =>
  p.basis === "horizon" ? `TCO over ${p.horizonMonths} months` : "monthly cost";

const TEXT: Record<ReasonCode, (p: OptionReason["params"]) => string> = {
  "cloud-elastic": (p) =>
    `Elastic cloud capacity: ${p.tps} tok/s per stream, TTFT ≈ ${p.ttftMs} ms (provider figures)`,
  instances: (p) =>
    `${p.replicas} instance(s) of ${p.devices} device(s): up to ${p.streams} concurrent streams each within the SLOs, ${p.utilisationPct}% utilised at peak`,
  "at-peak": (p) => `At peak a user sees ${p.tps} tok/s and a first token after ${p.ttftMs} ms`,
  cheapest: (p) =>
    `Cheapest by ${basisText(p)} of ${p.eligible} option(s) that meet the SLOs (≥ ${p.minTps} tok/s per user, TTFT ≤ ${p.maxTtftMs} ms) and every constraint, with no error finding`,
  "cheapest-other-kind": (p) =>
    `Cheapest ${p.kind} option: ${p.model} at ${usd(Number(p.costUsd))} (${basisText(p)})`,
};

/** The engine's English sentence for a reason. */
export const reasonText = (r: OptionReason): string => TEXT[r.code](r.params);

/** An option's `reasons` (English) and `reasonDetails` (codes + params), kept in step. */
export const withReasons = (details: OptionReason[]) => ({
  reasons: details.map(reasonText),
  reasonDetails: details,
});
