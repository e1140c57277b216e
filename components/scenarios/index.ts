export { ScenarioComparison, type ScenarioComparisonProps } from "./scenario-comparison";
export { ComparisonTable, type ComparisonTableProps } from "./comparison-table";
export { TcoChart, type TcoChartProps } from "./tco-chart";
export { TornadoChart, type TornadoChartProps } from "./tornado-chart";
export { ScenarioToolbar, type ScenarioToolbarProps } from "./scenario-toolbar";
export { RiskBadge, type RiskBadgeProps } from "./risk-badge";
