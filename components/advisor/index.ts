export { AdvisorPanel, type AdvisorPanelProps } from "./advisor-panel";
export { ConstraintsForm, type ConstraintsFormProps } from "./constraints-form";
export { OptionsTable, type OptionsTableProps } from "./options-table";
export { ParetoChart, type ParetoChartProps } from "./pareto-chart";
export { RecommendationCard, type RecommendationCardProps } from "./recommendation-card";
export { scenarioFromOption, optionScenarioKind, optionTitle } from "./options-data";
