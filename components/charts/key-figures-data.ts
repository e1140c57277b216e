import type { Figure } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { formatCompact, formatGb, formatNumber, formatUsd, formatWatts, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/** One headline number of the plan; the tone colours the finding counts (never the only cue: the label says it). */
export type KeyFigure = Figure;

/**
 * The report's headline numbers, formatted: peak load, the resources the design provides (all components and
 * serving nodes), the cost, and how many error / warning findings it has.
 */
export function keyFigures(report: Report, currency = "USD", rate = 1, locale: Locale = "en"): KeyFigure[] {
  const t = report.totals;
  const c = report.cost;
  const say = translator(locale, "charts");
  const num = (x: number) => formatNumber(x, 0, locale);
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  const months = c.monthly.length;
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
      label: say("keyFigures.storage"),
      value: formatGb(t.storageGb, locale),
      hint: say("keyFigures.provisioned"),
    },
    { id: "gpus", label: say("keyFigures.gpus"), value: num(t.gpus) },
    { id: "power", label: say("keyFigures.power"), value: formatWatts(t.powerW, locale) },
    {
      id: "monthly",
      label: say("keyFigures.monthly"),
      value: formatUsd(c.monthlyOpexUsd + c.monthlyCloudUsd, currency, rate, locale),
      hint: say("keyFigures.monthlyHint"),
    },
    {
      id: "tco",
      label: say("keyFigures.tco"),
      value: formatUsd(c.tcoUsd, currency, rate, locale),
      hint: say("keyFigures.tcoHint", { months }),
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
