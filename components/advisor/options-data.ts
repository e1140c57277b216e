import type { Figure } from "@/components/ui/chart";
import { getCloudModel, getFramework, getHardware, getModel, getProduct } from "@/lib/catalog";
import type { AdviseOption, AdviseResult } from "@/lib/engine/advisor";
import {
  formatMs,
  formatNumber,
  formatPct,
  formatTokensPerSecond,
  formatUsd,
  formatWatts,
  type Locale,
} from "@/lib/format";
import { renderExclusion, renderOptionDescription } from "@/lib/i18n/advisor";
import { translator } from "@/lib/i18n/translate";
import type { PlanDocument, Scenario } from "@/lib/plan/plan-schema";
import { uniqueScenarioId } from "@/lib/plan/scenarios";

/**
 * Advisor options → table rows, sorting, the recommendation's figures and the scenario an option becomes. Pure.
 * Amounts stay in USD here; format them with the plan's currency (`formatUsd(usd, currency, rate)`).
 */

export interface OptionRow {
  id: string;
  option: AdviseOption;
  /** The advisor's recommendation. */
  recommended: boolean;
  kind: AdviseOption["deployment"]["kind"];
  /** Short name of the LLM deployment, e.g. "Llama 3.3 70B Instruct FP8 · 6× NVIDIA H100 SXM 80GB (3 × 2) · TensorRT-LLM". */
  title: string;
  /** The server product the LLM runs on ("HGX H100 4-GPU server"); null for cloud APIs. */
  product: string | null;
  /** The full description (LLM + embeddings) in the reader's language. */
  description: string;
  /** Whole plan per month with CAPEX amortised over the plan's amortisation period, USD. */
  monthlyCostUsd: number;
  tcoUsd: number;
  capexUsd: number;
  /** LLM capacity at the SLOs / peak demand − 1; null for elastic cloud capacity, or no capacity within the SLOs. */
  headroom: number | null;
  ttftMs: number;
  /** What one user sees at peak, output tok/s per stream. */
  perUserTokensPerSecond: number;
  meetsSlo: boolean;
  paretoOptimal: boolean;
  dataLeavesPremises: boolean;
  /** Constraints the option breaks (the advisor's excludedBecause, without the SLO and error-finding entries), worded in the reader's language. */
  violations: string[];
  errors: number;
  warnings: number;
}

/** excludedBecause codes that are not constraints (the SLO and findings columns show them). */
const NOT_CONSTRAINTS = new Set(["misses-slo", "error-finding"]);

/** A catalog name without its parenthetical details: "TensorRT-LLM (trtllm-serve)" → "TensorRT-LLM". */
export const shortName = (name: string) => name.replace(/\s*\([^)]*\)/g, "").trim() || name;

/**
 * A readable one-line name of an option's LLM deployment, from the catalog's names, in `locale` (the words around
 * the names: advisor.json `optionTitle.*`).
 */
export function optionTitle(option: AdviseOption, locale: Locale = "en"): string {
  const t = translator(locale, "advisor");
  const llm = option.deployment.llm;
  if (option.deployment.kind === "cloud") {
    return t("optionTitle.cloud", { model: getCloudModel(llm.model)?.name ?? llm.model });
  }
  const model = getModel(llm.model)?.name ?? llm.model;
  const precision = llm.precision ? ` ${llm.precision.toUpperCase()}` : "";
  const hardware = llm.hardware
    ? shortName(getHardware(llm.hardware)?.name ?? llm.hardware)
    : t("optionTitle.devices");
  const layout = llm.devicesPerInstance ? ` (${llm.replicas} × ${llm.devicesPerInstance})` : "";
  const framework = llm.framework
    ? ` · ${shortName(getFramework(llm.framework)?.name ?? llm.framework)}`
    : "";
  return `${model}${precision} · ${formatNumber(llm.gpus, 0, locale)}× ${hardware}${layout}${framework}`;
}

/** The server product of an option's LLM ("HGX H100 4-GPU server (DGX H100 class)"); null for cloud APIs. */
export function optionProduct(option: AdviseOption): string | null {
  const id = option.deployment.llm.product;
  return id ? (getProduct(id)?.name ?? id) : null;
}

/**
 * A scenario name for an option that tells options apart (≤ 80 characters): model, precision, instances × devices
 * per instance, server product and framework, e.g. "Llama 3.3 70B Instruct FP8, 2 × 4 GPUs, HGX H100 4-GPU server,
 * TensorRT-LLM"; cloud: "GPT-4.1 (cloud API)".
 */
export function optionScenarioName(option: AdviseOption): string {
  const llm = option.deployment.llm;
  const unit = llm.hardware && getHardware(llm.hardware)?.family === "apple" ? "Macs" : "GPUs";
  const full =
    option.deployment.kind === "cloud"
      ? `${getCloudModel(llm.model)?.name ?? llm.model} (cloud API)`
      : [
          `${getModel(llm.model)?.name ?? llm.model}${llm.precision ? ` ${llm.precision.toUpperCase()}` : ""}`,
          llm.devicesPerInstance ? `${llm.replicas} × ${llm.devicesPerInstance} ${unit}` : "",
          llm.product ? shortName(getProduct(llm.product)?.name ?? llm.product) : "",
          llm.framework ? shortName(getFramework(llm.framework)?.name ?? llm.framework) : "",
        ]
          .filter(Boolean)
          .join(", ");
  return full.length <= 80 ? full : `${full.slice(0, 79).trimEnd()}…`;
}

/** Every option of the advisor's answer as a row (in the engine's order: monthly cost ascending), in `locale`. */
export function optionRows(result: AdviseResult, locale: Locale = "en"): OptionRow[] {
  return result.options.map((o) => ({
    id: o.id,
    option: o,
    recommended: result.recommended?.id === o.id,
    kind: o.deployment.kind,
    title: optionTitle(o, locale),
    product: optionProduct(o),
    description: renderOptionDescription(o.deployment.nodes, locale),
    monthlyCostUsd: o.monthlyCostUsd,
    tcoUsd: o.tcoUsd,
    capexUsd: o.capexUsd,
    headroom: o.headroom,
    ttftMs: o.ttftMs,
    perUserTokensPerSecond: o.decodeTokensPerSecondPerStream,
    meetsSlo: o.meetsSlo,
    paretoOptimal: o.paretoOptimal,
    dataLeavesPremises: o.dataLeavesPremises,
    violations: o.excludedBecause
      .filter((e) => !NOT_CONSTRAINTS.has(e.code))
      .map((e) => renderExclusion(e, o.findings, locale)),
    errors: o.findings.filter((f) => f.severity === "error").length,
    warnings: o.findings.filter((f) => f.severity === "warning").length,
  }));
}

export type OptionSortKey = "cost" | "headroom" | "ttft";
export type SortDirection = "asc" | "desc";

export const SORT_LABELS: Record<OptionSortKey, string> = {
  cost: "Monthly cost",
  headroom: "Headroom",
  ttft: "TTFT",
};

/** The natural first direction of each column: cheapest, most headroom, fastest first. */
export const DEFAULT_DIRECTION: Record<OptionSortKey, SortDirection> = {
  cost: "asc",
  headroom: "desc",
  ttft: "asc",
};

/** The direction after activating a column's sort button: its default first, then flipping. */
export function nextSort(
  current: { key: OptionSortKey; direction: SortDirection },
  key: OptionSortKey,
): { key: OptionSortKey; direction: SortDirection } {
  if (current.key !== key) return { key, direction: DEFAULT_DIRECTION[key] };
  return { key, direction: current.direction === "asc" ? "desc" : "asc" };
}

const sortValue = (r: OptionRow, key: OptionSortKey): number | null =>
  key === "cost" ? r.monthlyCostUsd : key === "headroom" ? r.headroom : r.ttftMs;

/**
 * Rows sorted by a column. Options without a value (cloud options have no headroom) go last in either direction;
 * ties keep the cheaper option first, then the engine's order. Returns a new array.
 */
export function sortOptionRows(
  rows: readonly OptionRow[],
  key: OptionSortKey,
  direction: SortDirection,
): OptionRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const va = sortValue(a.r, key);
      const vb = sortValue(b.r, key);
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
      } else if (va !== vb) return (va - vb) * sign;
      return a.r.monthlyCostUsd - b.r.monthlyCostUsd || a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * "+31%", "−6%"; without a figure: "elastic (cloud)" for cloud capacity (`elastic`, the default), else "none
 * within the SLOs" (a self-hosted option that cannot serve one stream within the SLOs has no headroom figure).
 */
export function formatHeadroom(headroom: number | null, elastic = true, locale: Locale = "en"): string {
  if (headroom === null) {
    const say = translator(locale, "advisor");
    return elastic ? say("figures.elastic") : say("figures.noHeadroom");
  }
  const pct = formatPct(Math.abs(headroom), 0, locale);
  if (pct === formatPct(0, 0, locale)) return pct;
  return headroom < 0 ? `−${pct}` : `+${pct}`;
}

/** The headline figures of an option (recommendation card), in the plan's currency. */
export function optionFigures(
  option: AdviseOption,
  currency = "USD",
  rate = 1,
  locale: Locale = "en",
): Figure[] {
  const say = translator(locale, "advisor");
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  const elastic = option.deployment.kind === "cloud";
  return [
    { id: "monthly", label: say("figures.monthly"), value: money(option.monthlyCostUsd) },
    { id: "tco", label: say("figures.tco"), value: money(option.tcoUsd) },
    { id: "capex", label: say("figures.capex"), value: money(option.capexUsd) },
    {
      id: "headroom",
      label: say("figures.headroom"),
      value: formatHeadroom(option.headroom, elastic, locale),
      tone:
        option.headroom === null
          ? elastic
            ? undefined
            : "error"
          : option.headroom < 0
            ? "error"
            : undefined,
    },
    {
      id: "per-user",
      label: say("figures.perUser"),
      value: formatTokensPerSecond(option.decodeTokensPerSecondPerStream, locale),
    },
    { id: "ttft", label: say("figures.ttft"), value: formatMs(option.ttftMs, locale) },
    { id: "power", label: say("figures.power"), value: formatWatts(option.powerW, locale) },
    { id: "rack", label: say("figures.rack"), value: say("figures.rackValue", { count: option.rackUnits }) },
    {
      id: "slo",
      label: say("figures.slo"),
      value: say("figures.sloValue", { met: option.meetsSlo ? "yes" : "no" }),
      tone: option.meetsSlo ? "ok" : "error",
    },
    {
      id: "data",
      label: say("figures.data"),
      value: say("figures.dataValue", { leaves: option.dataLeavesPremises ? "yes" : "no" }),
      tone: option.dataLeavesPremises ? "warning" : undefined,
    },
  ];
}

/** "Searched 300 configurations (55 pruned), evaluated 29 as whole plans in 220 ms." */
export function searchedSummary(searched: AdviseResult["searched"], locale: Locale = "en"): string {
  return translator(locale, "advisor")("figures.searched", {
    candidates: searched.candidates,
    pruned: searched.pruned,
    evaluated: searched.evaluated,
    ms: searched.ms,
  });
}

/** The scenario kind an option belongs to (reference §3: cloud, self-hosted, hybrid, Apple Silicon). */
export function optionScenarioKind(option: AdviseOption): Scenario["kind"] {
  const nodes = option.deployment.nodes;
  const cloud = nodes.some((n) => n.kind === "cloud-llm");
  const selfHosted = nodes.some((n) => n.kind !== "cloud-llm");
  if (cloud && !selfHosted) return "cloud";
  if (cloud && selfHosted) return "hybrid";
  const hw = option.deployment.llm.hardware ? getHardware(option.deployment.llm.hardware) : undefined;
  return hw?.family === "apple" ? "mac-cluster" : "self-hosted";
}

/**
 * The scenario an option becomes ("Save as scenario"): its AI nodes, named after its deployment
 * (`optionScenarioName`, or `name`; " (2)", " (3)"… added when the plan already has that name), with an id unique in
 * the plan and `createdBy: "advisor"`.
 */
export function scenarioFromOption(plan: PlanDocument, option: AdviseOption, name?: string): Scenario {
  const scenarioName = uniqueScenarioName(plan, (name ?? optionScenarioName(option)).trim().slice(0, 80));
  return {
    id: uniqueScenarioId(plan, scenarioName),
    name: scenarioName,
    description: option.description.slice(0, 2000),
    kind: optionScenarioKind(option),
    createdBy: "advisor",
    nodes: structuredClone(option.deployment.nodes),
  };
}

/** `name`, or `name (2)`, `name (3)`… — the first that no scenario of the plan has (case-insensitive), ≤ 80 characters. */
export function uniqueScenarioName(plan: Pick<PlanDocument, "scenarios">, name: string): string {
  const taken = new Set(plan.scenarios.map((s) => s.name.trim().toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${name.slice(0, 80 - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
