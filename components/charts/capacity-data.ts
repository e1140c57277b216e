import type { Report, ServingReport } from "@/lib/engine/report-schema";
import { formatPct, formatTokensPerSecond, type Locale } from "@/lib/format";
import { renderSloReason } from "@/lib/i18n/findings";
import { translator } from "@/lib/i18n/translate";

/**
 * One serving node in the capacity chart. LLMs are compared on output tokens/s (generation), embedding nodes on
 * input tokens/s (texts to embed) — the rate that limits each.
 */
export interface CapacityRow {
  nodeId: string;
  label: string;
  purpose: ServingReport["purpose"];
  mode: ServingReport["mode"];
  /** Which token rate the row compares: output (LLM) or input (embeddings). */
  metric: "output" | "input";
  /** Tokens/s all replicas sustain within the SLOs; null for cloud nodes (elastic capacity). */
  capacityTokensPerSecond: number | null;
  /** Peak tokens/s routed to this node. */
  demandTokensPerSecond: number;
  /** Demand / capacity at peak (> 1 = overloaded); null when elastic or nothing can be served. */
  utilisation: number | null;
  /** Self-hosted and peak demand above what the node sustains within the SLOs. */
  overloaded: boolean;
  meetsSlo: boolean;
  sloReason: string;
  replicas: number;
  requiredReplicas: number;
  /** Short text for the over-capacity marker ("" when not overloaded). */
  marker: string;
}

export interface CapacityGroups {
  llm: CapacityRow[];
  embeddings: CapacityRow[];
}

/** Serving report → capacity-vs-demand row (the SLO reason worded in `locale`). */
export function capacityRow(s: ServingReport, locale: Locale = "en"): CapacityRow {
  const metric = s.purpose === "llm" ? "output" : "input";
  const demand = metric === "output" ? s.demandOutputTokensPerSecond : s.demandInputTokensPerSecond;
  const cloud = s.mode === "cloud";
  const capacity = cloud
    ? null
    : metric === "output"
      ? s.capacityOutputTokensPerSecond
      : s.capacityInputTokensPerSecond;
  const utilisation = cloud ? null : s.utilisation;
  const overloaded = capacity !== null && demand > capacity;
  return {
    nodeId: s.nodeId,
    label: s.label,
    purpose: s.purpose,
    mode: s.mode,
    metric,
    capacityTokensPerSecond: capacity,
    demandTokensPerSecond: demand,
    utilisation,
    overloaded,
    meetsSlo: s.meetsSlo,
    sloReason: renderSloReason(s, locale),
    replicas: s.replicas,
    requiredReplicas: s.requiredReplicas,
    marker: !overloaded
      ? ""
      : capacity === 0 || utilisation === null
        ? "▲ no SLO capacity"
        : `▲ ${formatPct(utilisation)} of capacity`,
  };
}

/** The report's serving nodes, split by purpose (LLMs and embeddings use different token rates). */
export function capacityGroups(report: Report, locale: Locale = "en"): CapacityGroups {
  const rows = report.serving.map((s) => capacityRow(s, locale));
  return {
    llm: rows.filter((r) => r.purpose === "llm"),
    embeddings: rows.filter((r) => r.purpose === "embeddings"),
  };
}

/** "elastic (cloud)" or the formatted capacity. */
export function formatCapacity(row: CapacityRow, locale: Locale = "en"): string {
  return row.capacityTokensPerSecond === null
    ? translator(locale, "charts")("capacity.elastic")
    : formatTokensPerSecond(row.capacityTokensPerSecond, locale);
}

/** Utilisation for tooltips and tables: "64%", "elastic" or "— (no capacity at SLO)". */
export function formatUtilisation(row: CapacityRow, locale: Locale = "en"): string {
  const say = translator(locale, "charts");
  if (row.mode === "cloud") return say("capacity.elasticShort");
  if (row.utilisation === null) return row.demandTokensPerSecond > 0 ? say("capacity.noCapacity") : "—";
  return formatPct(row.utilisation, 0, locale);
}

/** One-sentence summary for screen readers and the chart caption. */
export function capacitySummary(groups: CapacityGroups, locale: Locale = "en"): string {
  const say = translator(locale, "charts");
  const rows = [...groups.llm, ...groups.embeddings];
  if (rows.length === 0) return say("capacity.summaryNone");
  const over = rows.filter((r) => r.overloaded);
  const cloud = rows.filter((r) => r.mode === "cloud").length;
  const parts = [
    say("capacity.summaryNodes", { count: rows.length }),
    over.length === 0
      ? say("capacity.summaryAllWithin")
      : say("capacity.summaryOver", { count: over.length, nodes: over.map((r) => r.label).join(", ") }),
  ];
  if (cloud) parts.push(say("capacity.summaryCloud", { count: cloud }));
  return `${parts.join("; ")}.`;
}
