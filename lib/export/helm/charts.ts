import type { WorkloadModel } from "../model/types";

/**
 * The upstream charts the umbrella chart depends on, pinned to the releases the bundle's values were checked
 * against (each chart's values.schema.json where it ships one, its default values.yaml otherwise).
 */
export const UPSTREAM_CHARTS = {
  postgres: { name: "cluster", version: "0.8.1", repository: "https://cloudnative-pg.github.io/charts" },
  redis: { name: "redis", version: "23.1.1", repository: "oci://registry-1.docker.io/bitnamicharts" },
  chroma: { name: "chromadb", version: "0.2.2", repository: "https://amikos-tech.github.io/chromadb-chart/" },
  meili: {
    name: "meilisearch",
    version: "0.34.0",
    repository: "https://meilisearch.github.io/meilisearch-kubernetes",
  },
  s3: { name: "minio", version: "5.4.0", repository: "https://charts.min.io/" },
  vllm: {
    name: "vllm-stack",
    version: "0.1.12",
    repository: "https://vllm-project.github.io/production-stack",
  },
  dcgm: {
    name: "dcgm-exporter",
    version: "4.8.2",
    repository: "https://nvidia.github.io/dcgm-exporter/helm-charts",
  },
} as const;

export type UpstreamChart = keyof typeof UPSTREAM_CHARTS;

/** The values key (alias) of the vLLM production stack and of the DCGM exporter: one each per bundle. */
export const VLLM_ALIAS = "vllm-stack";
export const DCGM_ALIAS = "dcgm-exporter";

/** Which upstream chart runs a workload, if any: stores by kind, vLLM servers through the production stack. */
export function chartOf(w: WorkloadModel): UpstreamChart | null {
  if (w.serving) return w.serving.frameworkId === "vllm" ? "vllm" : null;
  switch (w.kind) {
    case "postgres":
    case "redis":
    case "chroma":
    case "meili":
    case "s3":
      return w.kind;
    default:
      return null;
  }
}

export interface Dependency {
  alias: string;
  chart: UpstreamChart;
}

/** Chart.yaml of the umbrella chart: its dependencies, aliased by the workload they run. */
export function chartYaml(prefix: string, planName: string, deps: Dependency[]): Record<string, unknown> {
  return {
    apiVersion: "v2",
    name: `${prefix}-platform`,
    description: `The ${planName} platform as Stackplan sized it: upstream charts for the stores, vLLM and GPU metrics, and the platform's own services.`,
    type: "application",
    version: "0.1.0",
    kubeVersion: ">=1.31.0-0",
    dependencies: deps.map((d) => {
      const c = UPSTREAM_CHARTS[d.chart];
      return {
        name: c.name,
        version: c.version,
        repository: c.repository,
        ...(d.alias !== c.name ? { alias: d.alias } : {}),
      };
    }),
  };
}
