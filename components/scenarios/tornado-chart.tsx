"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import {
  AXIS_LINE,
  AXIS_TICK,
  ChartFrame,
  GRID_STROKE,
  LEGEND_PROPS,
  TOOLTIP_STYLE,
  TooltipBox,
  axisLabel,
  useChartTheme,
  barChartHeight,
} from "@/components/ui/chart";
import { SERIES_COLORS } from "@/components/charts/palette";
import type { SensitivityResult } from "@/lib/editor/advisor";
import { formatNumber, formatUsd } from "@/lib/format";
import {
  driverHint,
  factorLabel,
  formatDelta,
  headroomText,
  tornadoData,
  tornadoSummary,
  type TornadoData,
  type TornadoEnd,
  type TornadoRow,
} from "./tornado-data";
import styles from "./scenarios.module.css";

export interface TornadoChartProps {
  /** `sensitivity(plan, scenario)` with its base; `null` while it is being computed (loading state). */
  result: SensitivityResult | null;
  /** The designs to choose from: `null` id for the current design, then each scenario. */
  choices: readonly { id: string | null; name: string }[];
  /** The analysed design (null: the current design). */
  selectedId: string | null;
  /** Another design was chosen in the select. */
  onSelect: (id: string | null) => void;
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
  /** The figures were computed for an older version of the plan (dimmed while the new ones come). */
  stale?: boolean;
}

/**
 * Sensitivity of one design's monthly run cost: for users, tokens per request and prices, a bar for the change at
 * −50% and one at +50% (widest swing on top), a select to pick the design, and a table with the ±25% points and how
 * the headroom moves (also in the tooltip).
 */
export function TornadoChart({
  result,
  choices,
  selectedId,
  onSelect,
  currency,
  rate,
  stale = false,
}: TornadoChartProps) {
  const t = useTranslations("scenarios.tornado");
  const ts = useTranslations("scenarios");
  const locale = useLocale();
  const data = useMemo(() => (result ? tornadoData(result, rate, locale) : null), [result, rate, locale]);
  const state = !data ? "loading" : data.rows.length === 0 ? "empty" : "ready";
  const selectedName = choices.find((c) => c.id === selectedId)?.name ?? ts("currentDesign");

  return (
    <ChartFrame
      title={t("title")}
      state={state}
      summary={data ? `${selectedName}: ${tornadoSummary(data, currency, locale)}` : undefined}
      emptyText={t("empty")}
      actions={<DesignSelect choices={choices} selectedId={selectedId} onSelect={onSelect} />}
    >
      {data && (
        <div className={stale ? styles.stale : undefined} style={{ width: "100%", minWidth: 0 }}>
          <TornadoPlot data={data} currency={currency} title={t("chartTitle", { name: selectedName })} />
          <TornadoTable data={data} currency={currency} />
        </div>
      )}
    </ChartFrame>
  );
}

/** The select of the analysed design. */
function DesignSelect({
  choices,
  selectedId,
  onSelect,
}: Pick<TornadoChartProps, "choices" | "selectedId" | "onSelect">) {
  const t = useTranslations("scenarios.tornado");
  const selectId = useId();
  return (
    <span className={styles.controls}>
      <label htmlFor={selectId}>{t("design")}</label>
      <select
        id={selectId}
        className={styles.select}
        value={selectedId ?? ""}
        onChange={(e) => onSelect(e.target.value === "" ? null : e.target.value)}
      >
        {choices.map((c) => (
          <option key={c.id ?? ""} value={c.id ?? ""}>
            {c.name}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The bars: the change at −50% and at +50% of each driver, widest swing on top, centred on zero. */
function TornadoPlot({ data, currency, title }: { data: TornadoData; currency: string; title: string }) {
  const t = useTranslations("scenarios.tornado");
  const theme = useChartTheme();
  const locale = useLocale();
  const money = (v: number) => formatUsd(v, currency, 1, locale);
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data.rows}
      style={{ width: "100%", height: barChartHeight(data.rows.length, 52) }}
      margin={{ top: 4, right: 20, bottom: 18, left: 4 }}
      barGap={2}
      barCategoryGap="20%"
      title={title}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis
        type="number"
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        tickFormatter={(v: number) =>
          v === 0 ? formatNumber(0, 0, locale) : formatDelta(v, currency, locale)
        }
        domain={[-data.extent, data.extent]}
        ticks={[-data.extent, -data.extent / 2, 0, data.extent / 2, data.extent]}
        label={axisLabel(t("axis", { currency }), "insideBottom")}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={140}
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={false}
        interval={0}
      />
      <ReferenceLine x={0} stroke="var(--text-muted)" />
      <Tooltip
        {...TOOLTIP_STYLE}
        content={(p: TooltipContentProps) => <TornadoTooltip {...p} money={money} currency={currency} />}
      />
      <Legend {...LEGEND_PROPS} />
      <Bar
        dataKey="lowDelta"
        name={t("low")}
        fill={SERIES_COLORS.capacity[theme]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="highDelta"
        name={t("high")}
        fill={SERIES_COLORS.demand[theme]}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

/** The ±25% and ±50% points of every driver with the headroom at each (visible, under the chart). */
function TornadoTable({ data, currency }: { data: TornadoData; currency: string }) {
  const t = useTranslations("scenarios.tornado");
  const locale = useLocale();
  const base = formatUsd(data.base.cost, currency, 1, locale);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.smallTable}>
        <caption className="visually-hidden">{t("caption", { base })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("driverHeader", { base })}</th>
            <th scope="col">{factorLabel(0.5, locale)}</th>
            <th scope="col">{factorLabel(0.75, locale)}</th>
            <th scope="col">{factorLabel(1.25, locale)}</th>
            <th scope="col">{factorLabel(1.5, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.driver}>
              <th scope="row">
                {r.label}
                <span className={styles.sub}>{driverHint(r.driver, locale)}</span>
              </th>
              {[r.low, r.lowQuarter, r.highQuarter, r.high].map((e, i) => (
                <td key={i}>{e ? <EndCell end={e} currency={currency} /> : "—"}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EndCell({ end, currency }: { end: TornadoEnd; currency: string }) {
  const locale = useLocale();
  const t = useTranslations("scenarios.tornado");
  return (
    <>
      {formatDelta(end.delta, currency, locale)}
      <span className={`${styles.sub} ${end.meetsSlo ? "" : styles.missed}`}>
        {t("headroomValue", { value: headroomText(end, locale) })}
      </span>
    </>
  );
}

function TornadoTooltip({
  active,
  payload,
  money,
  currency,
}: TooltipContentProps & { money: (v: number) => string; currency: string }) {
  const row = payload?.[0]?.payload as TornadoRow | undefined;
  const t = useTranslations("scenarios.tornado");
  const locale = useLocale();
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.label}>
      <dl>
        {[row.low, row.high].map((e) => (
          <div key={e.factor} style={{ display: "contents" }}>
            <dt>{factorLabel(e.factor, locale)}</dt>
            <dd>
              {money(e.cost)} ({formatDelta(e.delta, currency, locale)})
            </dd>
            <dt>{t("headroom")}</dt>
            <dd>{headroomText(e, locale)}</dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}
