import type { Report } from "../../lib/engine/report-schema";
import {
  formatGb,
  formatMs,
  formatNumber,
  formatPct,
  formatTokensPerSecond,
  formatUsd,
  formatWatts,
} from "../../lib/format";

/** The readable summary `stackplan evaluate` prints without --json. */
export function formatReport(r: Report): string {
  const t = r.totals;
  const out: string[] = [
    `${r.plan.name} — ${r.plan.environment}, ${formatNumber(r.plan.users)} users, ${r.plan.horizonMonths}-month horizon`,
    "",
    `Demand at peak: ${formatNumber(r.demand.peakActiveUsers)} active users, ${formatNumber(r.demand.peakRequestsPerSecond, 2)} requests/s, ${formatTokensPerSecond(r.demand.peakOutputTokensPerSecond)} generated, ${formatTokensPerSecond(r.demand.peakPromptTokensPerSecond)} of prompts`,
    `Totals: ${formatNumber(t.cpuCores)} cores · ${formatGb(t.memoryGb)} RAM · ${formatGb(t.storageGb)} provisioned · ${t.gpus} GPUs/Macs · ${formatWatts(t.powerW)} · ${t.rackUnits} U`,
    "",
    "Serving:",
  ];
  for (const s of r.serving) {
    const head = `  ${s.label} (${s.mode}, ${formatPct(s.trafficShare)} of ${s.purpose})`;
    if (s.mode === "cloud") {
      out.push(`${head}: ${s.meetsSlo ? "meets" : "MISSES"} the SLOs — ${s.sloReason}`);
      continue;
    }
    const util = s.utilisation === null ? "cannot serve" : formatPct(s.utilisation);
    out.push(
      `${head}: ${s.fits ? "fits" : "DOES NOT FIT"}, ${util} of SLO capacity at peak, ${s.replicas} replica(s), ${s.requiredReplicas} needed — ${s.meetsSlo ? "meets SLOs" : "MISSES SLOs"}`,
      s.purpose === "llm"
        ? `    at peak each user sees ${formatTokensPerSecond(s.decodeTokensPerSecondPerStream)}, TTFT ${formatMs(s.ttftMs)}; capacity ${formatTokensPerSecond(s.capacityOutputTokensPerSecond)} vs demand ${formatTokensPerSecond(s.demandOutputTokensPerSecond)} (${s.sloReason})`
        : `    capacity ${formatTokensPerSecond(s.capacityInputTokensPerSecond)} vs demand ${formatTokensPerSecond(s.demandInputTokensPerSecond)} (${s.sloReason})`,
    );
  }
  const last = r.storage.months.at(-1)!;
  out.push(
    "",
    `Storage: ${formatGb(r.storage.months[0]!.totalGb)} today → ${formatGb(last.totalGb)} at month ${last.month} (${formatGb(last.withMarginGb)} with the ${r.storage.marginPct}% margin)`,
    `Cost: CAPEX ${formatUsd(r.cost.capexUsd)}, ${formatUsd(r.cost.monthlyOpexUsd)}/month OPEX, ${formatUsd(r.cost.monthlyCloudUsd)}/month cloud APIs; TCO over ${r.plan.horizonMonths} months ${formatUsd(r.cost.tcoUsd)} (${formatUsd(r.cost.perMillionTokensUsd)} per million tokens)`,
    `  all-cloud alternative (${r.cost.cloudAlternative.model}): ${formatUsd(r.cost.cloudAlternative.tcoUsd)} TCO${r.cost.cloudAlternative.breakEvenMonth !== null ? `, this plan breaks even at month ${r.cost.cloudAlternative.breakEvenMonth}` : ""}`,
    "",
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  out.push(`Findings: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`);
  for (const f of r.findings) {
    out.push(
      `  ${f.severity.toUpperCase().padEnd(7)} [${f.code}]${f.target.id ? ` ${f.target.type} ${f.target.id}` : ""}: ${f.message}`,
      `          fix: ${f.fix}`,
    );
  }
  return out.join("\n");
}
