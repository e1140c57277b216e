import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { exportBundle } from "../bundle";
import { parseYamlStream, runTool, writeBundle } from "../testing/bundle-files";
import { metricsOf } from "../testing/promql";
import { knownMetrics } from "../testing/upstream";
import { toYaml } from "../yaml";
import { templateSafe } from "./rules";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Rule {
  alert: string;
  expr: string;
  annotations: Record<string, string>;
}

function expressions(files: Record<string, string>): string[] {
  const rules = (
    parseYamlStream(files["monitoring/alerts.rules.yml"]!)[0]!.groups as { rules: Rule[] }[]
  ).flatMap((g) => g.rules.map((r) => r.expr));
  const dashboard = JSON.parse(files["monitoring/grafana-dashboard.json"]!) as {
    panels: { targets: { expr: string }[] }[];
  };
  return [...rules, ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr))];
}

describe("alert rules and dashboard panels", () => {
  const known = knownMetrics();

  it.each(TEMPLATE_IDS)("%s: every expression names only metrics a deployed exporter emits", (id) => {
    const exprs = expressions(exportBundle(buildTemplate(id)).files);
    const unknown = exprs.flatMap(metricsOf).filter((m) => !known.has(m));
    expect(unknown).toEqual([]);
  });

  it("the check catches a metric no exporter emits (the spec's nvidia_gpu_memory_used_bytes)", () => {
    const names = metricsOf("nvidia_gpu_memory_used_bytes / nvidia_gpu_memory_total_bytes > 0.9");
    expect(names.filter((m) => !known.has(m))).toEqual([
      "nvidia_gpu_memory_used_bytes",
      "nvidia_gpu_memory_total_bytes",
    ]);
    expect(() => metricsOf("sum(rate(x[5m])")).toThrow(/not valid PromQL/);
  });

  it("templateSafe keeps plain text and wraps text with braces in one Go string literal", () => {
    expect(templateSafe("GPU memory above 95%")).toBe("GPU memory above 95%");
    expect(templateSafe('{}} "x"')).toBe('{{ "{}} \\"x\\"" }}');
  });
});

/** promtool's rule unit tests: healthy defaults raise nothing, real trouble does, and plan labels render as written. */
describe("promtool test rules", () => {
  const label = '{}} {{ .Value }} $labels "LLM"';
  const base = buildTemplate("enterprise");
  const plan = parsePlanOrThrow({
    ...base,
    nodes: base.nodes.map((n) => (n.kind === "llm" ? { ...n, label } : n)),
  });
  const bundle = exportBundle(plan);
  const dir = writeBundle(bundle.files);
  dirs.push(dir);

  const run = (tests: unknown[]) => {
    const file = join(dir, "monitoring", "tests.yml");
    writeFileSync(file, toYaml({ rule_files: ["alerts.rules.yml"], evaluation_interval: "1m", tests }));
    return runTool("promtool", ["test", "rules", "tests.yml"], join(dir, "monitoring")).stdout;
  };
  const series = (name: string, values: string) => ({ series: name, values });

  it("a healthy vLLM GPU (90% of memory reserved), an evicting cache and an idle archiver raise no alert", () => {
    const out = run([
      {
        interval: "1m",
        input_series: [
          series('DCGM_FI_DEV_FB_USED{Hostname="gpu-1",gpu="0"}', "73000x40"),
          series('DCGM_FI_DEV_FB_FREE{Hostname="gpu-1",gpu="0"}', "8000x40"),
          series('redis_memory_used_bytes{job="redis",pod="redis-0"}', "900x40"),
          series('redis_memory_max_bytes{job="redis",pod="redis-0"}', "1000x40"),
          series('redis_evicted_keys_total{job="redis",pod="redis-0"}', "0+5x40"),
          series('cnpg_pg_stat_archiver_last_failed_time{job="postgresql",pod="postgres-1"}', "-1x40"),
          series('cnpg_pg_stat_archiver_last_archived_time{job="postgresql",pod="postgres-1"}', "1000x40"),
          series(
            'cnpg_pg_stat_archiver_seconds_since_last_archival{job="postgresql",pod="postgres-1"}',
            "5000+60x40",
          ),
        ],
        alert_rule_test: ["LLMGPUMemoryHigh", "RedisMemoryHigh", "PostgreSQLWALArchiveBehindRPO"].map(
          (alertname) => ({
            eval_time: "30m",
            alertname,
            exp_alerts: [],
          }),
        ),
      },
    ]);
    expect(out).toMatch(/SUCCESS/);
  });

  it("memory beyond the servers' share, a full non-evicting Redis and preemptions alert; labels render as written", () => {
    const out = run([
      {
        interval: "1m",
        input_series: [
          series('DCGM_FI_DEV_FB_USED{Hostname="gpu-1",gpu="0"}', "79000x40"),
          series('DCGM_FI_DEV_FB_FREE{Hostname="gpu-1",gpu="0"}', "1000x40"),
          series('redis_memory_used_bytes{job="redis",pod="redis-0"}', "900x40"),
          series('redis_memory_max_bytes{job="redis",pod="redis-0"}', "1000x40"),
          series('redis_evicted_keys_total{job="redis",pod="redis-0"}', "0x40"),
          series('vllm:num_preemptions_total{app="llm"}', "0+10x40"),
        ],
        alert_rule_test: [
          {
            eval_time: "30m",
            alertname: "LLMGPUMemoryHigh",
            exp_alerts: [
              {
                exp_labels: { severity: "warning", Hostname: "gpu-1", gpu: "0" },
                exp_annotations: {
                  summary: "GPU memory above 95%",
                  description:
                    "A GPU's memory is more than 95% used, beyond the share the model servers reserve (§8).",
                },
              },
            ],
          },
          {
            eval_time: "30m",
            alertname: "RedisMemoryHigh",
            exp_alerts: [
              {
                exp_labels: { severity: "warning", job: "redis", pod: "redis-0" },
                exp_annotations: {
                  summary: "Redis memory above 80% of maxmemory with nothing evicted",
                  description:
                    "Redis holds more than 80% of maxmemory and evicts no cache key (§8): the data without a TTL (queues, sessions) is growing, and writes fail when it reaches the limit.",
                },
              },
            ],
          },
          {
            eval_time: "30m",
            alertname: "LLMKVCachePreemptions",
            exp_alerts: [
              {
                exp_labels: { severity: "warning", app: "llm" },
                exp_annotations: {
                  summary: `${label}: sequences preempted (KV cache full)`,
                  description: `${label} keeps preempting running sequences because its KV cache is full: lower max sequences or add GPUs.`,
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(out).toMatch(/SUCCESS/);
  });
});
