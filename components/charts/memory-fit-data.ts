import type { Report } from "@/lib/engine/report-schema";
import { formatGb, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/**
 * Memory of one self-hosted serving instance (all its devices together), GB (1e9 bytes): what it needs — weights,
 * KV cache at the computed concurrency, runtime overhead — against the usable memory of its devices.
 */
export interface MemoryRow {
  nodeId: string;
  label: string;
  weightsGb: number;
  kvCacheGb: number;
  overheadGb: number;
  requiredGb: number;
  capacityGb: number;
  /** The engine's verdict (checked per device, so it can be false even when the totals look fine). */
  fits: boolean;
  /** requiredGb / capacityGb (0 when the capacity is 0). */
  usedShare: number;
}

/** Self-hosted serving nodes → memory rows (cloud nodes have no memory to fit). */
export function memoryRows(report: Report): MemoryRow[] {
  return report.serving
    .filter((s) => s.mode === "self-hosted")
    .map((s) => ({
      nodeId: s.nodeId,
      label: s.label,
      weightsGb: s.memory.weightsGb,
      kvCacheGb: s.memory.kvCacheGb,
      overheadGb: s.memory.overheadGb,
      requiredGb: s.memory.requiredGb,
      capacityGb: s.memory.capacityGb,
      fits: s.fits,
      usedShare: s.memory.capacityGb > 0 ? s.memory.requiredGb / s.memory.capacityGb : 0,
    }));
}

/** One-sentence summary for screen readers and the chart caption. */
export function memorySummary(rows: MemoryRow[], locale: Locale = "en"): string {
  const say = translator(locale, "charts");
  if (rows.length === 0) return say("memory.summaryNone");
  const bad = rows.filter((r) => !r.fits);
  if (bad.length === 0) return say("memory.summaryAll", { count: rows.length });
  const details = bad
    .map((r) =>
      say("memory.summaryDetail", {
        node: r.label,
        required: formatGb(r.requiredGb, locale),
        usable: formatGb(r.capacityGb, locale),
      }),
    )
    .join("; ");
  return say("memory.summarySome", { bad: bad.length, count: rows.length, details });
}
