"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ChartFrame, FigureList } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { keyFigures } from "./key-figures-data";

export interface KeyFiguresProps {
  /** The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state). */
  report: Report | null | undefined;
  /** ISO currency code for the cost figures (the plan's `metadata.currency`); default "USD". */
  currency?: string;
  /** Display currency per USD (the plan's `metadata.usdToCurrencyRate`); default 1. */
  rate?: number;
}

/**
 * The plan's headline numbers as a description list: peak requests/s, CPU cores, RAM, storage provisioned and
 * stored, GPUs, power, monthly run and amortised cost, TCO and the error / warning finding counts.
 */
export function KeyFigures({ report, currency = "USD", rate = 1 }: KeyFiguresProps) {
  const locale = useLocale();
  const t = useTranslations("charts.keyFigures");
  const figures = useMemo(
    () => (report ? keyFigures(report, currency, rate, locale) : null),
    [report, currency, rate, locale],
  );
  return (
    <ChartFrame title={t("title")} state={figures ? "ready" : "loading"} loadingHeight={96}>
      {figures && <FigureList figures={figures} />}
    </ChartFrame>
  );
}
