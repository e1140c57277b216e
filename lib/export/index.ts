/**
 * Plan → deployable bundle (issue 7): Kustomize base and overlays, Helm values with their JSON Schema, a compose
 * file, Prometheus rules and a Grafana dashboard, and the README/capacity report/bill of materials. Pure: the same
 * plan gives the same files (and the same zip, byte for byte).
 */
export { buildBundle, exportBundle, selectFiles } from "./bundle";
export { bundleFileName } from "./file-name";
export { dnsLabel } from "./names";
export { exportQuerySchema, exportResponse, type ExportFilesResponse, type ExportQuery } from "./response";
export {
  EXPORT_FORMATS,
  type Bundle,
  type Environment,
  type ExportFormat,
  type ExportOptions,
  type ExportWarning,
} from "./types";
export { zipFiles } from "./zip";
