import type { Figure } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { formatCompact, formatGb, formatNumber, formatUsd, formatWatts } from "@/lib/format";

/** One headline number of the plan; the tone colours the finding counts (never the only cue: the label says it). */
export type KeyFigure = Figure;

/**
 * The report's headline numbers, formatted: peak load, the resources the design provides (all components and
 * serving nodes), the cost, and how many error / warning findings it has.
 */
export function keyFigures(report: Report, currency = "USD", rate = 1): KeyFigure[] {
  const t = report.totals;
  const c = report.cost;
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  const months = c.monthly.length;
  return [
    {
      id: "peak-rps",
      label: "Peak requests/s",
      value: formatCompact(report.demand.peakRequestsPerSecond),
      hint: `${formatNumber(report.demand.peakActiveUsers)} active users`,
    },
    { id: "cpu", label: "CPU cores", value: formatNumber(t.cpuCores) },
    { id: "ram", label: "RAM", value: formatGb(t.memoryGb) },
    { id: "storage", label: "Storage", value: formatGb(t.storageGb), hint: "provisioned" },
    { id: "gpus", label: "GPUs / Macs", value: formatNumber(t.gpus) },
    { id: "power", label: "Power at peak", value: formatWatts(t.powerW) },
    {
      id: "monthly",
      label: "Monthly cost",
      value: formatUsd(c.monthlyOpexUsd + c.monthlyCloudUsd, currency, rate),
      hint: "OPEX + cloud, month 0",
    },
    {
      id: "tco",
      label: "TCO",
      value: formatUsd(c.tcoUsd, currency, rate),
      hint: `${formatNumber(months)} month${months === 1 ? "" : "s"}, CAPEX included`,
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
