"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  type TooltipContentProps,
} from "recharts";
import {
  AXIS_STYLE,
  ChartFrame,
  GRID_STROKE,
  TOOLTIP_STYLE,
  TooltipBox,
  axisLabel,
  useChartTheme,
} from "@/components/ui/chart";
import { SERIES_COLORS, type ChartTheme } from "@/components/charts/palette";
import type { AdviseResult } from "@/lib/engine/advisor";
import { formatCompact, formatMs, formatUsd, type Locale } from "@/lib/format";
import { formatHeadroom } from "./options-data";
import {
  omittedText,
  paretoData,
  paretoSummary,
  pointsOf,
  PARETO_GROUPS,
  type ParetoData,
  type ParetoGroup,
  type ParetoPoint,
} from "./pareto-data";
import styles from "./advisor.module.css";

export interface ParetoChartProps {
  /** The advisor's answer; `null` while the first search runs (loading state). */
  result: AdviseResult | null;
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
}

/** Recharts symbol per group: the groups differ by shape as well as colour. */
type Shape = "star" | "circle" | "cross";
const SHAPES: Record<ParetoGroup, Shape> = {
  recommended: "star",
  pareto: "circle",
  other: "circle",
  "misses-slo": "cross",
};

function groupColor(group: ParetoGroup, theme: ChartTheme): string {
  if (group === "recommended") return SERIES_COLORS.demand[theme];
  if (group === "pareto") return SERIES_COLORS.capacity[theme];
  if (group === "misses-slo") return "var(--error)";
  return "var(--text-muted)";
}

/**
 * Monthly cost vs headroom of the self-hosted options (bubble size: time to first token), the recommendation as a
 * star, the Pareto front in colour, dominated options grey, SLO misses as red crosses (plus signs). Cloud options (elastic
 * capacity) are in the options table, which also holds every plotted number for screen readers.
 */
export function ParetoChart({ result, currency, rate }: ParetoChartProps) {
  const t = useTranslations("advisor.pareto");
  const locale = useLocale() as Locale;
  const data = useMemo(() => (result ? paretoData(result, rate, locale) : null), [result, rate, locale]);
  return (
    <ChartFrame
      title={t("title")}
      state={!data ? "loading" : data.points.length === 0 ? "empty" : "ready"}
      summary={data ? paretoSummary(data, currency, locale) : undefined}
      emptyText={data ? `${t("empty")}${omittedText(data, locale)}` : undefined}
    >
      {data && <ParetoLegend data={data} />}
      {data && <ParetoPlot data={data} currency={currency} />}
    </ChartFrame>
  );
}

/** An ICU select key: letters, digits and underscores ("misses-slo" → "misses_slo"). */
const selector = (value: string) => value.replace(/-/g, "_");

/** The groups present, each with its shape and colour, and what the bubble size means. */
function ParetoLegend({ data }: { data: ParetoData }) {
  const theme = useChartTheme();
  const t = useTranslations("advisor.pareto");
  return (
    <ul className={styles.legend} aria-label={t("legend")}>
      {PARETO_GROUPS.filter((g) => pointsOf(data, g).length > 0).map((g) => (
        <li key={g}>
          <svg width="12" height="12" aria-hidden="true" viewBox="0 0 12 12">
            <LegendShape shape={SHAPES[g]} color={groupColor(g, theme)} />
          </svg>
          {t("group", { group: selector(g) })}
        </li>
      ))}
      <li>{t("bubble")}</li>
    </ul>
  );
}

/** The scatter: monthly cost across, headroom up, the zero-headroom line, one series per group. */
function ParetoPlot({ data, currency }: { data: ParetoData; currency: string }) {
  const theme = useChartTheme();
  const t = useTranslations("advisor.pareto");
  const locale = useLocale() as Locale;
  return (
    <div style={{ width: "100%", minWidth: 0 }}>
      <ScatterChart
        responsive
        style={{ width: "100%", height: 300 }}
        margin={{ top: 12, right: 16, bottom: 22, left: 4 }}
        title={t("title")}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="cost"
          name={t("monthlyCost")}
          domain={["auto", "auto"]}
          {...AXIS_STYLE}
          tickFormatter={(v: number) => formatUsd(v, currency, 1, locale)}
          label={axisLabel(t("costAxis", { currency }), "insideBottom")}
        />
        <YAxis
          type="number"
          dataKey="headroomPct"
          name={t("headroom")}
          width="auto"
          {...AXIS_STYLE}
          tickFormatter={(v: number) => `${formatCompact(v, locale)}%`}
          label={axisLabel(t("headroomAxis"), "insideLeft", -90)}
        />
        <ZAxis type="number" dataKey="ttftMs" range={[40, 360]} name={t("ttft")} />
        <ReferenceLine
          y={0}
          stroke="var(--text-muted)"
          strokeDasharray="4 4"
          label={{
            value: t("zeroLine"),
            position: "insideBottomRight",
            fill: "var(--text-muted)",
            fontSize: 11,
          }}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ strokeDasharray: "3 3", stroke: "var(--border)" }}
          content={(p: TooltipContentProps) => <ParetoTooltip {...p} currency={currency} />}
        />
        {PARETO_GROUPS.map((g) => (
          <Scatter
            key={g}
            name={t("group", { group: selector(g) })}
            data={pointsOf(data, g)}
            fill={groupColor(g, theme)}
            fillOpacity={g === "other" ? 0.55 : 0.9}
            shape={SHAPES[g]}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </div>
  );
}

function LegendShape({ shape, color }: { shape: Shape; color: string }) {
  if (shape === "star")
    return (
      <polygon
        points="6,0.5 7.6,4.3 11.5,4.5 8.5,7.1 9.5,11.2 6,9 2.5,11.2 3.5,7.1 0.5,4.5 4.4,4.3"
        fill={color}
      />
    );
  if (shape === "cross") return <path d="M4 0h4v4h4v4h-4v4h-4v-4h-4v-4h4z" fill={color} />;
  return <circle cx="6" cy="6" r="5" fill={color} />;
}

function ParetoTooltip({ active, payload, currency }: TooltipContentProps & { currency: string }) {
  const t = useTranslations("advisor.pareto");
  const locale = useLocale() as Locale;
  const p = payload?.[0]?.payload as ParetoPoint | undefined;
  if (!active || !p) return null;
  return (
    <TooltipBox
      title={p.title}
      rows={[
        { label: t("monthlyCost"), value: formatUsd(p.cost, currency, 1, locale) },
        { label: t("headroom"), value: formatHeadroom(p.headroomPct / 100, true, locale) },
        { label: t("ttft"), value: formatMs(p.ttftMs, locale) },
        { label: t("status"), value: t("group", { group: selector(p.group) }) },
      ]}
    />
  );
}
