import type { EstimateResult } from "../../lib/engine/llm";
import { formatGb, formatMs, formatNumber, formatTokensPerSecond } from "../../lib/format";

const BOUND_TEXT: Record<EstimateResult["bound"], string> = {
  memory: "memory bandwidth (streaming weights and KV cache)",
  compute: "compute (matrix multiplies and dequantisation)",
  communication: "communication between devices",
  overhead: "fixed per-step overhead (kernel launches, scheduling)",
};

/** The readable (non --json) rendering of one estimate. */
export function formatEstimate(
  title: string,
  r: EstimateResult,
  replicas: number,
  outputTokens: number,
): string {
  const m = r.memory;
  const lines = [
    title,
    `Fits: ${r.fits ? "yes" : "NO"} — ${formatGb(m.requiredGb)} needed of ${formatGb(m.capacityGb)} usable per instance (weights ${formatGb(m.weightsGb)}, KV cache ${formatGb(m.kvCacheGb)}, overhead ${formatGb(m.overheadGb)})`,
    `Max concurrency: ${formatNumber(r.maxConcurrency)} sequences per replica (KV memory)`,
  ];
  if (outputTokens > 0 && r.decodeTokensPerSecondPerStream > 0) {
    lines.push(
      `At ${formatNumber(r.concurrency)} concurrent sequence(s) per replica:`,
      `  Per stream: ${formatTokensPerSecond(r.decodeTokensPerSecondPerStream)} decode · TTFT ${formatMs(r.ttftMs)} · ITL ${formatMs(r.itlMs)} · end-to-end ${formatMs(r.e2eLatencyMs)}`,
      `  Aggregate:  ${formatTokensPerSecond(r.aggregateOutputTokensPerSecond)} output, all ${replicas} replica(s)`,
      `  Prefill:    ${formatTokensPerSecond(r.prefillTokensPerSecond)} (one prompt alone)`,
    );
  } else {
    lines.push(
      `Encoding: ${formatTokensPerSecond(r.prefillTokensPerSecond)} input, all ${replicas} replica(s); latency of a batch ${formatMs(r.e2eLatencyMs)}`,
    );
  }
  if (r.operatingPoint && r.latency) lines.push(...operatingPointLines(r));
  lines.push(`Bound by: ${BOUND_TEXT[r.bound]}`);
  lines.push(`Confidence: ${r.confidence.level} — ${r.confidence.basis}`);
  if (r.warnings.length) lines.push("Warnings:", ...r.warnings.map((w) => `  ! [${w.code}] ${w.message}`));
  lines.push("Assumptions:", ...r.assumptions.map((a) => `  - ${a}`));
  return lines.join("\n");
}

/** The rate-based operating point and its percentiles (requestRatePerSecond given). */
function operatingPointLines(r: EstimateResult): string[] {
  const op = r.operatingPoint!;
  const l = r.latency!;
  const p = (x: { p50: number; p90: number; p99: number }) =>
    `p50 ${formatMs(x.p50)} · p90 ${formatMs(x.p90)} · p99 ${formatMs(x.p99)}`;
  return [
    `Operating point at ${formatNumber(op.requestRatePerSecond)} req/s per replica (${op.arrivalProcess}): ${formatNumber(op.concurrency)} in flight of ${formatNumber(op.admissionCap)} admitted, capacity ${formatNumber(op.capacityRequestsPerSecond)} req/s${op.saturated ? " — SATURATED" : ""}; queueing ${formatMs(op.queueingDelayMs)}; KV cache ${Math.round(op.kvCacheUtilisation * 100)}% used, preemption risk ${op.preemptionRisk}`,
    `  TTFT ${p(l.ttftMs)}`,
    `  ITL  ${p(l.itlMs)}`,
    `  E2E  ${p(l.e2eLatencyMs)}`,
  ];
}
