export { Dashboard, type DashboardProps } from "./dashboard";
export { FindingsList, type FindingsListProps } from "./findings-list";
export { WorkloadBar, type WorkloadBarChange, type WorkloadBarProps, type Environment } from "./workload-bar";
