"use client";

import { CostChart } from "@/components/charts/cost-chart";
import { StorageChart } from "@/components/charts/storage-chart";
import type { Report } from "@/lib/engine/report-schema";

/** The editor's cost and storage-growth charts, read-only, in the plan's currency. */
export function CustomerCharts({
  report,
  currency,
  rate,
}: {
  report: Report;
  currency: string;
  rate: number;
}) {
  return (
    <>
      <CostChart report={report} currency={currency} rate={rate} />
      <StorageChart report={report} />
    </>
  );
}
