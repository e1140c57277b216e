export { CapacityChart, type CapacityChartProps } from "./capacity-chart";
export { MemoryFitChart, type MemoryFitChartProps } from "./memory-fit-chart";
export { StorageChart, type StorageChartProps } from "./storage-chart";
export { CostChart, type CostChartProps } from "./cost-chart";
export { KeyFigures, type KeyFiguresProps } from "./key-figures";
