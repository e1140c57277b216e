import type { Figure } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { keyFigureLabels, keyFiguresOf } from "@/lib/editor/key-figures";
import { formatCompact, formatGb, formatNumber, formatUsd, formatWatts } from "@/lib/format";

/** One headline number of the plan; the tone colours the finding counts (never the only cue: the label says it). */
export type KeyFigure = Figure;

/**
 * The report's headline numbers, formatted: peak load, the resources the design provides (all components and
 * serving nodes), the cost, and how many error / warning findings it has. Cost and storage come from the editor's
 * key-figures selector (lib/editor/key-figures.ts) with its labels: the same numbers as the strip, the advisor and
 * the scenarios. `amortisationMonths` is the plan's `costs.amortisationMonths` (schema default 36).
 */
export function keyFigures(report: Report, currency = "USD", rate = 1, amortisationMonths = 36): KeyFigure[] {
  const t = report.totals;
  const k = keyFiguresOf(report, amortisationMonths);
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  return [
    {
      id: "peak-rps",
      label: "Peak requests/s",
      value: formatCompact(report.demand.peakRequestsPerSecond),
      hint: `${formatNumber(report.demand.peakActiveUsers)} active users`,
    },
    { id: "cpu", label: "CPU cores", value: formatNumber(t.cpuCores) },
    { id: "ram", label: "RAM", value: formatGb(t.memoryGb) },
    { id: "storage", label: keyFigureLabels.storageProvisioned(), value: formatGb(k.storageProvisionedGb) },
    {
      id: "stored",
      label: keyFigureLabels.dataStored(k),
      value: formatGb(k.dataStored?.gb ?? 0),
      hint: "without the safety margin",
    },
    { id: "gpus", label: "GPUs / Macs", value: formatNumber(t.gpus) },
    { id: "power", label: "Power at peak", value: formatWatts(t.powerW) },
    {
      id: "monthly",
      label: keyFigureLabels.monthlyRunCost(k),
      value: formatUsd(k.monthlyRunCostUsd, currency, rate),
      hint: "OPEX + cloud bills",
    },
    {
      id: "amortised",
      label: keyFigureLabels.amortisedMonthlyCost(k),
      value: formatUsd(k.amortisedMonthlyCostUsd, currency, rate),
    },
    {
      id: "tco",
      label: keyFigureLabels.tco(k),
      value: formatUsd(k.tcoUsd, currency, rate),
      hint: "CAPEX included",
    },
    { id: "errors", label: "Errors", value: formatNumber(errors), tone: errors > 0 ? "error" : "ok" },
    {
      id: "warnings",
      label: "Warnings",
      value: formatNumber(warnings),
      tone: warnings > 0 ? "warning" : "ok",
    },
  ];
}
