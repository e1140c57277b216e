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
const vllm = (purpose: "llm" | "embeddings") => (m: DeploymentModel) =>
  m.workloads.some((w) => w.serving?.purpose === purpose && w.serving.frameworkId === "vllm");
const PG = 'job="postgresql"';

/** Panels of the platform's stores and API (§8 thresholds), with the same series as the alert rules. */
function platformPanels(): PanelSpec[] {
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
      title: "PostgreSQL connections (share of max)",
      expr: `sum by (pod) (cnpg_backends_total{${PG}}) / on (pod) max by (pod) (cnpg_pg_settings_setting{${PG},name="max_connections"})`,
      legend: "{{pod}}",
      unit: "percentunit",
      threshold: 0.8,
      when: has("postgres"),
    },
    {
      title: "PostgreSQL longest active transaction",
      expr: `max by (pod) (cnpg_backends_max_tx_duration_seconds{${PG},state="active"})`,
      legend: "{{pod}}",
      unit: "s",
      threshold: 1,
      when: has("postgres"),
    },
    {
      title: "PostgreSQL replication lag",
      expr: `max by (pod) (cnpg_pg_replication_lag{${PG}})`,
      legend: "{{pod}}",
      unit: "s",
      threshold: 0,
      when: has("postgres"),
    },
    {
      title: "Redis memory (share of maxmemory)",
      expr: 'redis_memory_used_bytes{job="redis"} / (redis_memory_max_bytes{job="redis"} > 0)',
      legend: "{{pod}}",
      unit: "percentunit",
      threshold: 0.8,
      when: has("redis"),
    },
  ];
}

/** Panels of the vLLM servers and GPUs: throughput, TTFT and inter-token latency against the plan's SLOs. */
function servingPanels(m: DeploymentModel): PanelSpec[] {
  const slos = m.plan.slos;
  const gpuShare = Math.max(0.9, ...m.workloads.map((w) => w.serving?.gpuMemoryUtilization ?? 0));
  return [
    {
      title: "LLM generation throughput",
      expr: "sum by (app) (rate(vllm:generation_tokens_total[5m]))",
      legend: "{{app}}",
      unit: "short",
      threshold: 50,
      below: true,
      when: vllm("llm"),
    },
    {
      title: "LLM p95 time to first token",
      expr: "histogram_quantile(0.95, sum by (le, app) (rate(vllm:time_to_first_token_seconds_bucket[5m])))",
      legend: "{{app}}",
      unit: "s",
      threshold: slos.maxTtftMs / 1000,
      when: vllm("llm"),
    },
    {
      title: "LLM p95 inter-token latency",
      expr: "histogram_quantile(0.95, sum by (le, app) (rate(vllm:inter_token_latency_seconds_bucket[5m])))",
      legend: "{{app}}",
      unit: "s",
      threshold: 1 / slos.minTokensPerSecondPerUser,
      when: vllm("llm"),
    },
    {
      title: "KV cache usage",
      expr: "max by (app) (vllm:kv_cache_usage_perc)",
      legend: "{{app}}",
      unit: "percentunit",
      threshold: 0.95,
      when: (x) => vllm("llm")(x) || vllm("embeddings")(x),
    },
    {
      title: "GPU memory used",
      expr: "max by (Hostname, gpu) (DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE))",
      legend: "{{Hostname}} GPU {{gpu}}",
      unit: "percentunit",
      threshold: Math.min(0.98, gpuShare + 0.05),
      when: (x) => x.workloads.some((w) => w.gpu),
    },
  ];
}

/** The panels §8 lists (one per alert threshold) plus the plan's SLOs, in the order an operator reads them. */
function panels(m: DeploymentModel): PanelSpec[] {
  return [...platformPanels(), ...servingPanels(m)];
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
