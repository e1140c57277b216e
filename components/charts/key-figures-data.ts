import type { Figure } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { keyFigureLabels, keyFiguresOf } from "@/lib/editor/key-figures";
import { formatCompact, formatGb, formatNumber, formatUsd, formatWatts, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/** One headline number of the plan; the tone colours the finding counts (never the only cue: the label says it). */
export type KeyFigure = Figure;

/**
 * The report's headline numbers, formatted in `locale`: peak load, the resources the design provides (all
 * components and serving nodes), the cost, and how many error / warning findings it has. Cost and storage come
 * from the editor's key-figures selector (lib/editor/key-figures.ts) with its labels: the same numbers as the
 * strip, the advisor and the scenarios (every one a field of the report).
 */
export function keyFigures(report: Report, currency = "USD", rate = 1, locale: Locale = "en"): KeyFigure[] {
  const t = report.totals;
  const k = keyFiguresOf(report);
  const say = translator(locale, "charts");
  const num = (x: number) => formatNumber(x, 0, locale);
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  return [
    {
      id: "peak-rps",
      label: say("keyFigures.peakRps"),
      value: formatCompact(report.demand.peakRequestsPerSecond, locale),
      hint: say("keyFigures.activeUsers", { count: num(report.demand.peakActiveUsers) }),
    },
    { id: "cpu", label: say("keyFigures.cpu"), value: num(t.cpuCores) },
    { id: "ram", label: say("keyFigures.ram"), value: formatGb(t.memoryGb, locale) },
    {
      id: "storage",
      label: keyFigureLabels.storageProvisioned(locale),
      value: formatGb(k.storageProvisionedGb, locale),
    },
    {
      id: "stored",
      label: keyFigureLabels.dataStored(k, locale),
      value: formatGb(k.dataStored.gb, locale),
      hint: say("keyFigures.storedHint"),
    },
    { id: "gpus", label: say("keyFigures.gpus"), value: num(t.gpus) },
    { id: "power", label: say("keyFigures.power"), value: formatWatts(t.powerW, locale) },
    {
      id: "monthly",
      label: keyFigureLabels.monthlyRunCost(k, locale),
      value: money(k.monthlyRunCostUsd),
      hint: say("keyFigures.runHint"),
    },
    {
      id: "amortised",
      label: keyFigureLabels.amortisedMonthlyCost(k, locale),
      value: money(k.amortisedMonthlyCostUsd),
    },
    {
      id: "tco",
      label: keyFigureLabels.tco(k, locale),
      value: money(k.tcoUsd),
      hint: say("keyFigures.capexIncluded"),
    },
    { id: "errors", label: say("keyFigures.errors"), value: num(errors), tone: errors > 0 ? "error" : "ok" },
    {
      id: "warnings",
      label: say("keyFigures.warnings"),
      value: num(warnings),
      tone: warnings > 0 ? "warning" : "ok",
    },
  ];
}
