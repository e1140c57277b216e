import type { AdviseResult } from "@/lib/engine/advisor";
import { formatMs, formatUsd, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { formatHeadroom, optionTitle } from "./options-data";

/**
 * Pareto chart data: each self-hosted option as a point of monthly cost (x, display currency) vs headroom (y, %),
 * its TTFT as the bubble size. Cloud options have elastic capacity (no headroom) and are left out — they are in
 * the table. Pure.
 */

export type ParetoGroup = "recommended" | "pareto" | "other" | "misses-slo";

export const PARETO_GROUP_LABELS: Record<ParetoGroup, string> = {
  recommended: "Recommended",
  pareto: "Pareto-optimal",
  other: "Dominated",
  "misses-slo": "Misses the SLOs",
};

/** Legend and drawing order (the recommendation last, on top). */
export const PARETO_GROUPS: readonly ParetoGroup[] = ["other", "misses-slo", "pareto", "recommended"];

export interface ParetoPoint {
  id: string;
  title: string;
  group: ParetoGroup;
  /** Monthly cost (CAPEX amortised), display currency. */
  cost: number;
  /** Headroom at peak, percent (31 = +31%). */
  headroomPct: number;
  /** Time to first token, ms (bubble size). */
  ttftMs: number;
}

export interface ParetoData {
  points: ParetoPoint[];
  /** Cloud options, not drawn: elastic capacity has no headroom figure. */
  omittedCloud: number;
  /** Self-hosted options not drawn: they cannot serve a stream within the SLOs, so they have no headroom figure. */
  omittedNoCapacity: number;
}

export function paretoGroup(
  o: { id: string; meetsSlo: boolean; paretoOptimal: boolean },
  recommendedId: string | null,
): ParetoGroup {
  if (o.id === recommendedId) return "recommended";
  if (!o.meetsSlo) return "misses-slo";
  return o.paretoOptimal ? "pareto" : "other";
}

export function paretoData(result: AdviseResult, rate = 1, locale: Locale = "en"): ParetoData {
  const recommendedId = result.recommended?.id ?? null;
  const points: ParetoPoint[] = [];
  let omittedCloud = 0;
  let omittedNoCapacity = 0;
  for (const o of result.options) {
    if (o.headroom === null) {
      if (o.deployment.kind === "cloud") omittedCloud++;
      else omittedNoCapacity++;
      continue;
    }
    points.push({
      id: o.id,
      title: optionTitle(o, locale),
      group: paretoGroup(o, recommendedId),
      cost: o.monthlyCostUsd * rate,
      headroomPct: o.headroom * 100,
      ttftMs: o.ttftMs,
    });
  }
  return { points, omittedCloud, omittedNoCapacity };
}

/** Points of one group, for one `<Scatter>` series. */
export const pointsOf = (data: ParetoData, group: ParetoGroup) =>
  data.points.filter((p) => p.group === group);

/** One sentence for the chart's caption and screen readers, in `locale`. */
export function paretoSummary(data: ParetoData, currency = "USD", locale: Locale = "en"): string {
  const say = translator(locale, "advisor");
  const omitted = omittedText(data, locale);
  if (data.points.length === 0) return `${say("pareto.empty")}${omitted}`;
  const front = data.points.filter((p) => p.group === "pareto" || p.group === "recommended");
  const cheapest = [...data.points].sort((a, b) => a.cost - b.cost)[0]!;
  const summary = say("pareto.summary", {
    points: data.points.length,
    front: front.length,
    cost: formatUsd(cheapest.cost, currency, 1, locale),
    headroom: formatHeadroom(cheapest.headroomPct / 100, true, locale),
    ttft: formatMs(cheapest.ttftMs, locale),
  });
  return `${summary}${omitted}`;
}

/** " 12 cloud options (elastic, no headroom) are in the table only." — or "" when nothing was left out. */
export function omittedText(data: ParetoData, locale: Locale = "en"): string {
  const say = translator(locale, "advisor");
  const parts: string[] = [];
  if (data.omittedCloud > 0) parts.push(say("pareto.omittedCloud", { count: data.omittedCloud }));
  if (data.omittedNoCapacity > 0)
    parts.push(say("pareto.omittedNoCapacity", { count: data.omittedNoCapacity }));
  if (parts.length === 0) return "";
  const total = data.omittedCloud + data.omittedNoCapacity;
  return say("pareto.omitted", { parts: parts.join(say("pareto.omittedJoin")), count: total });
}
