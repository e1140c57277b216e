import type { DeploymentModel } from "../model/build";

/** One Prometheus alerting rule (the rule-file format shared by Prometheus and the Operator's PrometheusRule). */
export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface RuleGroup {
  name: string;
  rules: AlertRule[];
}

/**
 * Annotations are Go templates: text from the plan must not open a template action. Every run of braces is printed
 * through a string literal instead — runs, not only `{{`/`}}` pairs, because a lone brace next to the escape
 * would form one (`{}}` → `{{{ "}}" }}` opens an action).
 */
export function templateSafe(text: string): string {
  return text.replace(/[{}]+/g, (m) => `{{ "${m}" }}`);
}

/** A threshold as PromQL reads it, without float noise (0.1 + 0.2 style). */
const num = (x: number) => String(Number(x.toPrecision(6)));

function rule(
  alert: string,
  expr: string,
  forDuration: string,
  severity: "warning" | "critical",
  summary: string,
  description: string,
  extraLabels: Record<string, string> = {},
): AlertRule {
  return {
    alert,
    expr,
    for: forDuration,
    labels: { severity, ...extraLabels },
    annotations: { summary: templateSafe(summary), description: templateSafe(description) },
  };
}

/**
 * The alert rules of reference-platform.md §8 (thresholds verbatim; the three example rules APIHighLatency,
 * PostgreSQLDown, LLMGPUMemoryHigh in the spec's form) for the components the plan has, plus one rule per SLO of
 * the plan: TTFT and per-user tokens/s per self-hosted LLM, multi-window burn rate of the availability target, and
 * the RPO through WAL archiving. Metric names are those of the standard exporters (postgres_exporter,
 * redis_exporter, vLLM, NVIDIA's GPU metrics as the spec writes them); the platform's own (API, Odin) follow its
 * /metrics convention.
 */
export function alertGroups(model: DeploymentModel): RuleGroup[] {
  const { plan, workloads } = model;
  const has = (kind: string) => workloads.some((w) => w.kind === kind);
  const platform: AlertRule[] = [];
  const slo: AlertRule[] = [];
  const api = 'job="api"';
  if (has("api")) {
    platform.push(
      rule(
        "APIHighLatency",
        `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${api}}[5m]))) > 0.5`,
        "5m",
        "warning",
        "API p95 latency above 500 ms",
        "The platform API answers slower than 500 ms at the 95th percentile: scale the API out (§8).",
      ),
      rule(
        "APIHighErrorRate",
        `sum(rate(http_requests_total{${api},status=~"5.."}[5m])) / sum(rate(http_requests_total{${api}}[5m])) > 0.01`,
        "5m",
        "warning",
        "API error rate above 1%",
        "More than 1% of API requests fail with a 5xx status (§8).",
      ),
    );
  }
  if (has("postgres")) {
    platform.push(
      rule(
        "PostgreSQLDown",
        'up{job="postgresql"} == 0',
        "1m",
        "critical",
        "PostgreSQL is down",
        "A PostgreSQL instance has not answered Prometheus for a minute (§8).",
      ),
      rule(
        "PostgreSQLTooManyConnections",
        "sum by (pod) (pg_stat_activity_count) / on (pod) max by (pod) (pg_settings_max_connections) > 0.8",
        "5m",
        "warning",
        "PostgreSQL connections above 80% of max_connections",
        "Connections use more than 80% of max_connections (§8): add a pooler or raise the limit.",
      ),
      rule(
        "PostgreSQLSlowQueries",
        'max by (pod) (pg_stat_activity_max_tx_duration{state="active"}) > 1',
        "5m",
        "warning",
        "PostgreSQL queries slower than 1 s",
        "An active transaction has run for more than 1 s (§8 slow-query threshold).",
      ),
    );
    slo.push(
      rule(
        "PostgreSQLWALArchiveBehindRPO",
        `max(pg_stat_archiver_last_archive_age) > ${num(plan.slos.rpoMinutes * 60)}`,
        "5m",
        "critical",
        `WAL archiving is behind the ${plan.slos.rpoMinutes}-minute RPO`,
        `The last archived WAL segment is older than the plan's RPO (${plan.slos.rpoMinutes} min): a restore would lose more data than allowed.`,
      ),
    );
  }
  if (has("chroma")) {
    platform.push(
      rule(
        "ChromaHighQueryLatency",
        "histogram_quantile(0.95, sum by (le) (rate(chroma_query_duration_seconds_bucket[5m]))) > 0.2",
        "5m",
        "warning",
        "ChromaDB query latency above 200 ms",
        "Vector queries take more than 200 ms at p95 (§8): RAG retrieval slows every answer.",
      ),
    );
  }
  if (has("redis")) {
    platform.push(
      rule(
        "RedisMemoryHigh",
        "redis_memory_used_bytes / (redis_memory_max_bytes > 0) > 0.8",
        "5m",
        "warning",
        "Redis memory above 80% of maxmemory",
        "Redis uses more than 80% of its memory limit (§8): evictions will follow.",
      ),
    );
  }
  const llms = workloads.filter((w) => w.serving?.purpose === "llm");
  for (const w of llms) {
    const sel = `app="${w.name}"`;
    platform.push(
      rule(
        "LLMLowThroughput",
        `sum(rate(vllm:generation_tokens_total{${sel}}[5m])) < 50 and sum(vllm:num_requests_running{${sel}}) > 0`,
        "10m",
        "warning",
        `${w.label}: generation below 50 tokens/s`,
        `${w.label} generates fewer than 50 tokens/s while serving requests (§8).`,
        { app: w.name },
      ),
    );
    slo.push(
      rule(
        "LLMTimeToFirstTokenSLO",
        `histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{${sel}}[5m]))) > ${num(plan.slos.maxTtftMs / 1000)}`,
        "10m",
        "warning",
        `${w.label}: p95 time to first token above ${plan.slos.maxTtftMs} ms`,
        `The plan's SLO is a first token within ${plan.slos.maxTtftMs} ms; the engine sized ${w.serving!.maxNumSeqs} sequences per replica for it.`,
        { app: w.name, slo: "ttft" },
      ),
      rule(
        "LLMTokensPerUserSLO",
        `histogram_quantile(0.95, sum by (le) (rate(vllm:time_per_output_token_seconds_bucket{${sel}}[5m]))) > ${num(1 / plan.slos.minTokensPerSecondPerUser)}`,
        "10m",
        "warning",
        `${w.label}: users get fewer than ${plan.slos.minTokensPerSecondPerUser} tokens/s`,
        `p95 time per output token exceeds ${num(1000 / plan.slos.minTokensPerSecondPerUser)} ms, i.e. a stream is slower than the plan's ${plan.slos.minTokensPerSecondPerUser} tokens/s per user.`,
        { app: w.name, slo: "tokens-per-user" },
      ),
    );
  }
  if (has("odin")) {
    platform.push(
      rule(
        "OdinQueueHigh",
        "max(odin_queue_depth) > 100",
        "5m",
        "warning",
        "Odin queue above 100 documents",
        "More than 100 documents wait for processing (§8): scale the document worker pods.",
      ),
    );
  }
  if (workloads.some((w) => w.gpu)) {
    platform.push(
      rule(
        "LLMGPUMemoryHigh",
        "nvidia_gpu_memory_used_bytes / nvidia_gpu_memory_total_bytes > 0.9",
        "10m",
        "warning",
        "GPU memory above 90%",
        "A GPU's memory is more than 90% used (§8).",
      ),
    );
  }
  if (has("api")) {
    // Multi-window burn rates (Google SRE workbook): 14.4× the error budget burns 2% of a 30-day budget in an hour.
    const budget = 1 - plan.slos.availabilityPct / 100;
    const ratio = (window: string) =>
      `(sum(rate(http_requests_total{${api},status=~"5.."}[${window}])) / sum(rate(http_requests_total{${api}}[${window}])))`;
    slo.push(
      rule(
        "AvailabilityErrorBudgetFastBurn",
        `${ratio("1h")} > ${num(14.4 * budget)} and ${ratio("5m")} > ${num(14.4 * budget)}`,
        "2m",
        "critical",
        `Error budget of the ${plan.slos.availabilityPct}% availability SLO burning 14× too fast`,
        `At this rate the monthly error budget (${num(budget * 100)}% of requests) is gone in about two days.`,
        { slo: "availability" },
      ),
      rule(
        "AvailabilityErrorBudgetSlowBurn",
        `${ratio("6h")} > ${num(6 * budget)} and ${ratio("30m")} > ${num(6 * budget)}`,
        "15m",
        "warning",
        `Error budget of the ${plan.slos.availabilityPct}% availability SLO burning 6× too fast`,
        `At this rate the monthly error budget (${num(budget * 100)}% of requests) is gone in about five days.`,
        { slo: "availability" },
      ),
    );
  }
  return [
    { name: "stackplan-platform", rules: platform },
    { name: "stackplan-slos", rules: slo },
  ].filter((g) => g.rules.length > 0);
}
