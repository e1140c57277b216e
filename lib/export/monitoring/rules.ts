import type { DeploymentModel } from "../model/build";
import type { WorkloadModel } from "../model/types";

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
 * Annotations are Go templates: plan text must never open or close a template action. Text holding a brace is
 * printed through one Go string literal (`{{ "…" }}`, JSON escaping is valid Go); lone surrogates become U+FFFD,
 * which a Go literal could not carry. Anything else stays as it is, so ordinary text reads naturally.
 */
export function templateSafe(text: string): string {
  if (!/[{}]/.test(text)) return text;
  const wellFormed = text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
  return `{{ ${JSON.stringify(wellFormed)} }}`;
}

/** A threshold as PromQL reads it, without float noise (0.1 + 0.2 style). */
export const num = (x: number) => String(Number(x.toPrecision(6)));

function rule(
  alert: string,
  expr: string,
  forDuration: string,
  severity: "warning" | "critical",
  text: { summary: string; description: string },
  extraLabels: Record<string, string> = {},
): AlertRule {
  return {
    alert,
    expr,
    for: forDuration,
    labels: { severity, ...extraLabels },
    annotations: { summary: templateSafe(text.summary), description: templateSafe(text.description) },
  };
}

const has = (m: DeploymentModel, kind: string) => m.workloads.some((w) => w.kind === kind);
const PG = 'job="postgresql"';

/** The API's own latency (the histogram §8's example rule reads). */
function apiRules(m: DeploymentModel): AlertRule[] {
  if (!has(m, "api")) return [];
  return [
    rule(
      "APIHighLatency",
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',
      "5m",
      "warning",
      {
        summary: "API p95 latency above 500 ms",
        description:
          "The platform API answers slower than 500 ms at the 95th percentile: scale the API out (§8).",
      },
    ),
  ];
}

/** PostgreSQL through CloudNativePG's built-in exporter (cnpg_* series, `job="postgresql"` on every instance). */
function postgresRules(m: DeploymentModel): AlertRule[] {
  if (!has(m, "postgres")) return [];
  return [
    rule("PostgreSQLDown", `up{${PG}} == 0`, "1m", "critical", {
      summary: "PostgreSQL is down",
      description: "A PostgreSQL instance has not answered Prometheus for a minute (§8).",
    }),
    rule(
      "PostgreSQLTooManyConnections",
      `sum by (pod) (cnpg_backends_total{${PG}}) / on (pod) max by (pod) (cnpg_pg_settings_setting{${PG},name="max_connections"}) > 0.8`,
      "5m",
      "warning",
      {
        summary: "PostgreSQL connections above 80% of max_connections",
        description:
          "Connections use more than 80% of max_connections (§8): route clients through the pooler or raise the limit.",
      },
    ),
    rule(
      "PostgreSQLSlowQueries",
      `max by (pod) (cnpg_backends_max_tx_duration_seconds{${PG},state="active"}) > 1`,
      "5m",
      "warning",
      {
        summary: "PostgreSQL transactions active for more than 1 s",
        description:
          "An active transaction has run for more than 1 s for 5 minutes (§8 slow-query threshold).",
      },
    ),
  ];
}

/** Redis through redis_exporter: memory near maxmemory while nothing is evictable (queue and session keys). */
function redisRules(m: DeploymentModel): AlertRule[] {
  if (!has(m, "redis")) return [];
  return [
    rule(
      "RedisMemoryHigh",
      'redis_memory_used_bytes{job="redis"} / (redis_memory_max_bytes{job="redis"} > 0) > 0.8 and on (pod) rate(redis_evicted_keys_total{job="redis"}[15m]) == 0',
      "10m",
      "warning",
      {
        summary: "Redis memory above 80% of maxmemory with nothing evicted",
        description:
          "Redis holds more than 80% of maxmemory and evicts no cache key (§8): the data without a TTL (queues, sessions) is growing, and writes fail when it reaches the limit.",
      },
    ),
  ];
}

/** vLLM servers: throughput while requests queue, KV-cache preemptions (vllm:* series of the engine). */
function vllmRules(w: WorkloadModel): AlertRule[] {
  const sel = `app="${w.name}"`;
  const labels = { app: w.name };
  return [
    rule(
      "LLMLowThroughput",
      `sum(rate(vllm:generation_tokens_total{${sel}}[5m])) < 50 and sum(vllm:num_requests_waiting{${sel}}) > 0`,
      "10m",
      "warning",
      {
        summary: `${w.label}: generation below 50 tokens/s while requests wait`,
        description: `${w.label} generates fewer than 50 tokens/s although requests are queued (§8): add replicas.`,
      },
      labels,
    ),
    rule(
      "LLMKVCachePreemptions",
      `sum(rate(vllm:num_preemptions_total{${sel}}[5m])) > 0`,
      "15m",
      "warning",
      {
        summary: `${w.label}: sequences preempted (KV cache full)`,
        description: `${w.label} keeps preempting running sequences because its KV cache is full: lower max sequences or add GPUs.`,
      },
      labels,
    ),
  ];
}

/**
 * GPU memory from the DCGM exporter. vLLM reserves its share of GPU memory up front by design (gpu-memory-
 * utilization), so the threshold sits 5 points above the largest share the bundle configures: it fires when
 * something else takes GPU memory, not on a healthy server.
 */
function gpuRules(m: DeploymentModel): AlertRule[] {
  if (!m.workloads.some((w) => w.gpu)) return [];
  const shares = m.workloads.map((w) => w.serving?.gpuMemoryUtilization ?? 0);
  const threshold = Math.min(0.98, Math.max(0.9, ...shares) + 0.05);
  return [
    rule(
      "LLMGPUMemoryHigh",
      `max by (Hostname, gpu) (DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)) > ${num(threshold)}`,
      "10m",
      "warning",
      {
        summary: `GPU memory above ${num(threshold * 100)}%`,
        description: `A GPU's memory is more than ${num(threshold * 100)}% used, beyond the share the model servers reserve (§8).`,
      },
    ),
  ];
}

/** One rule per SLO of the plan the metrics can express: RPO (replication lag, WAL archive), TTFT, tokens/s per user. */
function sloRules(m: DeploymentModel): AlertRule[] {
  const { slos } = m.plan;
  const rpoSeconds = num(slos.rpoMinutes * 60);
  const out: AlertRule[] = [];
  if (has(m, "postgres")) {
    out.push(
      rule(
        "PostgreSQLWALArchiveBehindRPO",
        `max(cnpg_pg_stat_archiver_last_failed_time{${PG}} > cnpg_pg_stat_archiver_last_archived_time{${PG}}) and max(cnpg_pg_stat_archiver_seconds_since_last_archival{${PG}}) > ${rpoSeconds}`,
        "5m",
        "critical",
        {
          summary: `WAL archiving is failing beyond the ${slos.rpoMinutes}-minute RPO`,
          description: `WAL archiving fails and the last archived segment is older than the plan's RPO (${slos.rpoMinutes} min): losing the cluster now would lose more data than allowed.`,
        },
        { slo: "rpo" },
      ),
      rule(
        "PostgreSQLReplicationLagBehindRPO",
        `max(cnpg_pg_replication_lag{${PG}}) > ${rpoSeconds}`,
        "5m",
        "critical",
        {
          summary: `A PostgreSQL replica lags more than the ${slos.rpoMinutes}-minute RPO`,
          description: `A failover to this replica would lose more than the plan's RPO (${slos.rpoMinutes} min) of committed transactions.`,
        },
        { slo: "rpo" },
      ),
    );
  }
  for (const w of m.workloads.filter(
    (x) => x.serving?.purpose === "llm" && x.serving.frameworkId === "vllm",
  )) {
    const sel = `app="${w.name}"`;
    out.push(
      rule(
        "LLMTimeToFirstTokenSLO",
        `histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{${sel}}[5m]))) > ${num(slos.maxTtftMs / 1000)}`,
        "10m",
        "warning",
        {
          summary: `${w.label}: p95 time to first token above ${slos.maxTtftMs} ms`,
          description: `The plan's SLO is a first token within ${slos.maxTtftMs} ms; the engine sized ${w.serving!.maxNumSeqs} sequences per replica for it.`,
        },
        { app: w.name, slo: "ttft" },
      ),
      rule(
        "LLMTokensPerUserSLO",
        `histogram_quantile(0.95, sum by (le) (rate(vllm:inter_token_latency_seconds_bucket{${sel}}[5m]))) > ${num(1 / slos.minTokensPerSecondPerUser)}`,
        "10m",
        "warning",
        {
          summary: `${w.label}: users get fewer than ${slos.minTokensPerSecondPerUser} tokens/s`,
          description: `p95 time between output tokens exceeds ${num(1000 / slos.minTokensPerSecondPerUser)} ms, i.e. a stream is slower than the plan's ${slos.minTokensPerSecondPerUser} tokens/s per user.`,
        },
        { app: w.name, slo: "tokens-per-user" },
      ),
    );
  }
  return out;
}

/**
 * The alert rules of docs/reference-platform.md §8 and one per SLO of the plan, each reading only series a deployed
 * exporter emits: CloudNativePG's cnpg_*, redis_exporter's redis_*, vLLM's vllm:*, the DCGM exporter's DCGM_FI_*,
 * the API's documented http_request_duration_seconds, and Prometheus' own `up`. §8 thresholds that no documented
 * metric can express are listed in the README instead (see monitoringGaps).
 */
export function alertGroups(model: DeploymentModel): RuleGroup[] {
  const vllm = model.workloads.filter(
    (w) => w.serving?.purpose === "llm" && w.serving.frameworkId === "vllm",
  );
  const platform = [
    ...apiRules(model),
    ...postgresRules(model),
    ...redisRules(model),
    ...vllm.flatMap(vllmRules),
    ...gpuRules(model),
  ];
  return [
    { name: "stackplan-platform", rules: platform },
    { name: "stackplan-slos", rules: sloRules(model) },
  ].filter((g) => g.rules.length > 0);
}

/** §8 thresholds and SLOs the bundle cannot alert on, and why (README warnings). */
export function monitoringGaps(model: DeploymentModel): string[] {
  const gaps: string[] = [];
  if (has(model, "api"))
    gaps.push(
      "API error rate > 1% and the availability SLO's error-budget burn: the platform documents no request counter with a status label (only http_request_duration_seconds)",
    );
  if (has(model, "odin")) gaps.push("Odin queue > 100: the document worker documents no queue-depth metric");
  if (has(model, "chroma"))
    gaps.push(
      "ChromaDB query latency > 200 ms: the ChromaDB server exposes no Prometheus metrics (OpenTelemetry traces only)",
    );
  for (const w of model.workloads.filter((x) => x.serving && x.serving.frameworkId !== "vllm"))
    gaps.push(
      `${w.label}: ${w.serving!.frameworkName} does not emit vLLM's metrics, so its throughput, TTFT and per-user rules are not generated`,
    );
  return gaps;
}
