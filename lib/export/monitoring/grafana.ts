import type { DeploymentModel } from "../model/build";

interface PanelSpec {
  title: string;
  expr: string;
  legend: string;
  unit: string;
  /** Red above (or below, for throughput) this value: the §8 threshold or the plan's SLO. */
  threshold: number;
  below?: boolean;
  when: (m: DeploymentModel) => boolean;
}

const has = (kind: string) => (m: DeploymentModel) => m.workloads.some((w) => w.kind === kind);

/** The panels §8 lists (one per alert threshold) plus the plan's SLOs, in the order an operator reads them. */
function panels(m: DeploymentModel): PanelSpec[] {
  const slos = m.plan.slos;
  const budget = 1 - slos.availabilityPct / 100;
  return [
    {
      title: "API p95 latency",
      expr: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))',
      legend: "p95",
      unit: "s",
      threshold: 0.5,
      when: has("api"),
    },
    {
      title: "API error rate",
      expr: 'sum(rate(http_requests_total{job="api",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))',
      legend: "5xx share",
      unit: "percentunit",
      threshold: Math.min(0.01, budget * 14.4),
      when: has("api"),
    },
    {
      title: "PostgreSQL connections (share of max)",
      expr: "sum by (pod) (pg_stat_activity_count) / on (pod) max by (pod) (pg_settings_max_connections)",
      legend: "{{pod}}",
      unit: "percentunit",
      threshold: 0.8,
      when: has("postgres"),
    },
    {
      title: "PostgreSQL longest active query",
      expr: 'max by (pod) (pg_stat_activity_max_tx_duration{state="active"})',
      legend: "{{pod}}",
      unit: "s",
      threshold: 1,
      when: has("postgres"),
    },
    {
      title: "ChromaDB p95 query latency",
      expr: "histogram_quantile(0.95, sum by (le) (rate(chroma_query_duration_seconds_bucket[5m])))",
      legend: "p95",
      unit: "s",
      threshold: 0.2,
      when: has("chroma"),
    },
    {
      title: "Redis memory (share of maxmemory)",
      expr: "redis_memory_used_bytes / (redis_memory_max_bytes > 0)",
      legend: "{{pod}}",
      unit: "percentunit",
      threshold: 0.8,
      when: has("redis"),
    },
    {
      title: "LLM generation throughput",
      expr: "sum by (app) (rate(vllm:generation_tokens_total[5m]))",
      legend: "{{app}}",
      unit: "short",
      threshold: 50,
      below: true,
      when: (x) => x.workloads.some((w) => w.serving?.purpose === "llm"),
    },
    {
      title: "LLM p95 time to first token",
      expr: "histogram_quantile(0.95, sum by (le, app) (rate(vllm:time_to_first_token_seconds_bucket[5m])))",
      legend: "{{app}}",
      unit: "s",
      threshold: slos.maxTtftMs / 1000,
      when: (x) => x.workloads.some((w) => w.serving?.purpose === "llm"),
    },
    {
      title: "LLM p95 time per output token",
      expr: "histogram_quantile(0.95, sum by (le, app) (rate(vllm:time_per_output_token_seconds_bucket[5m])))",
      legend: "{{app}}",
      unit: "s",
      threshold: 1 / slos.minTokensPerSecondPerUser,
      when: (x) => x.workloads.some((w) => w.serving?.purpose === "llm"),
    },
    {
      title: "GPU memory used",
      expr: "nvidia_gpu_memory_used_bytes / nvidia_gpu_memory_total_bytes",
      legend: "{{instance}}",
      unit: "percentunit",
      threshold: 0.9,
      when: (x) => x.workloads.some((w) => w.gpu),
    },
    {
      title: "Odin queue depth",
      expr: "max(odin_queue_depth)",
      legend: "documents waiting",
      unit: "short",
      threshold: 100,
      when: has("odin"),
    },
  ];
}

/**
 * A Grafana dashboard (schema 39) with one time-series panel per §8 metric, its threshold drawn as a red line, on a
 * datasource variable so it imports into any Grafana. Ids and positions are fixed: the JSON is deterministic.
 */
export function grafanaDashboard(m: DeploymentModel): Record<string, unknown> {
  const list = panels(m).filter((p) => p.when(m));
  return {
    title: `Stackplan — ${m.plan.metadata.name}`,
    uid: `stackplan-${m.prefix}`.slice(0, 40),
    tags: ["stackplan", m.prefix],
    timezone: "browser",
    schemaVersion: 39,
    version: 1,
    editable: true,
    refresh: "30s",
    time: { from: "now-6h", to: "now" },
    templating: {
      list: [
        { name: "datasource", label: "Prometheus", type: "datasource", query: "prometheus", current: {} },
      ],
    },
    panels: list.map((p, i) => ({
      id: i + 1,
      type: "timeseries",
      title: p.title,
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      datasource: { type: "prometheus", uid: "${datasource}" },
      targets: [{ refId: "A", expr: p.expr, legendFormat: p.legend }],
      fieldConfig: {
        defaults: {
          unit: p.unit,
          custom: { thresholdsStyle: { mode: "line" } },
          thresholds: {
            mode: "absolute",
            steps: p.below
              ? [
                  { color: "red", value: null },
                  { color: "green", value: p.threshold },
                ]
              : [
                  { color: "green", value: null },
                  { color: "red", value: p.threshold },
                ],
          },
        },
        overrides: [],
      },
      options: { legend: { displayMode: "list", placement: "bottom" }, tooltip: { mode: "multi" } },
    })),
  };
}
