/** Pieces every chart shares: the titled frame with its states, axes, tooltip, legend, figures, theme and size. */
export {
  AXIS_LINE,
  AXIS_STYLE,
  AXIS_TICK,
  GRID_STROKE,
  NODE_AXIS,
  atMonths,
  axisLabel,
  barChartHeight,
  monthTicks,
  tickLabelWidth,
  truncateLabel,
} from "./axis";
export { FigureList, type Figure } from "./figure-list";
export {
  ChartFrame,
  HiddenTable,
  type ChartFrameProps,
  type ChartState,
  type HiddenTableProps,
} from "./frame";
export { LEGEND_PROPS, orderBy, ReferenceKey, type ReferenceKeyItem } from "./legend";
export { NodeBarChart, type NodeBarChartProps } from "./node-bar-chart";
export { NodeTick, type NodeTickProps } from "./node-tick";
export { COMPACT_WIDTH_PX, useChartTheme, useElementWidth, type ChartTheme } from "./theme";
export { TOOLTIP_STYLE, TooltipBox, TooltipNote, type TooltipRow } from "./tooltip";
