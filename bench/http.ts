/**
 * HTTP benchmark on the built app (`npx next build` first): `npx tsx bench/http.ts [--duration 10]`, or
 * `npm run bench -- http`.
 *
 * Starts Stackplan's server (scripts/serve.ts, as `npm start` runs it) on a temporary SQLite database prepared like
 * `npm start`, then drives it with autocannon — the load generator on the same 2 cores as the server:
 *   1. GET /api/shared/:token — a view link of the enterprise template, 50 connections: p97.5 ≤ 50 ms;
 *   2. POST /api/evaluate — the enterprise document, anonymous (the public path: rate limit, caps, worker pool),
 *      10 connections: p97.5 ≤ 100 ms;
 *   3. PATCH /api/plans/:id — each connection saves its own plan with the right baseRevision, 10 connections:
 *      p95 ≤ 100 ms.
 * Every answer must be 2xx. Each scenario is then replayed, same connections and duration, against a bare
 * node:http server in its own process answering the same status, headers and bytes (bench/http-baseline.ts): the
 * ratio says what Stackplan costs over the machine's ceiling, measured in the same run under the same load.
 * Prints a table, writes reports/bench-http.json, exits 1 when a target fails.
 *
 * The per-address rate limits are raised for the run (TOKEN_/ENGINE_RATE_LIMIT_*): all load comes from one
 * address, and the benchmark measures the work, not the limiter's refusals.
 */
import autocannon, { type AutocannonClient, type AutocannonOptions } from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildTemplate } from "../lib/templates";
import { startAppServer, type AppServer } from "../lib/server/testing/app-server";
import { startBaseline } from "./http-baseline";
import type { BenchResult } from "./stats";

export interface LatencyFigures {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p975: number; p99: number; max: number };
  status: Record<string, number>;
  errors: number;
}

export interface ScenarioReport {
  name: string;
  connections: number;
  durationSeconds: number;
  /** Which percentile the target is on (95 or 97.5) and the target, ms. */
  targetPercentile: 95 | 97.5;
  targetMs: number;
  app: LatencyFigures;
  baseline: LatencyFigures;
  /** app ÷ baseline at the target percentile, and baseline ÷ app requests/s. */
  latencyRatio: number;
  throughputRatio: number;
  pass: boolean;
}

export interface HttpBenchReport {
  date: string;
  node: string;
  /** The machine: CPU count and 1-minute load average before and after (other processes skew the figures). */
  machine: { cpus: number; loadBefore: number; loadAfter: number };
  database: "sqlite";
  scenarios: ScenarioReport[];
  pass: boolean;
}

export interface HttpBenchOptions {
  durationSeconds?: number;
  /** Where the JSON report goes (default reports/bench-http.json; null: not written). */
  reportPath?: string | null;
  log?: (line: string) => void;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Runs autocannon and measures every response (autocannon's own histogram has no p97.5). */
async function measure(options: AutocannonOptions): Promise<LatencyFigures> {
  const latencies: number[] = [];
  const status: Record<string, number> = {};
  const instance = autocannon(options);
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    latencies.push(responseTimeMs);
    status[statusCode] = (status[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / (options.duration ?? 10)),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p975: round(percentile(latencies, 97.5)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? NaN),
    },
    status,
    errors: result.errors + result.timeouts,
  };
}

const only2xx = (f: LatencyFigures) =>
  f.errors === 0 && f.requests > 0 && Object.keys(f.status).every((code) => code.startsWith("2"));

async function request(
  url: string,
  init: RequestInit,
): Promise<{ status: number; body: string; type: string }> {
  const res = await fetch(url, init);
  const body = await res.text();
  if (!res.ok)
    throw new Error(`${init.method ?? "GET"} ${url} answered ${res.status}: ${body.slice(0, 300)}`);
  return { status: res.status, body, type: res.headers.get("content-type") ?? "application/json" };
}

interface Scenario {
  name: string;
  connections: number;
  targetPercentile: 95 | 97.5;
  targetMs: number;
  /** The load, against a base URL (the app's or the baseline's). */
  load: (url: string) => AutocannonOptions;
  /** One real answer of the app, replayed by the baseline. */
  sample: { status: number; body: string; type: string };
  /**
   * Runs between the warm-up and the measured run: autocannon drops the answers still in flight when a run ends,
   * so state the load depends on (the saves' base revisions) is read back from the server here.
   */
  afterWarmup?: () => Promise<void>;
}

async function scenarios(server: AppServer): Promise<Scenario[]> {
  const owner = { "content-type": "application/json", ...server.ownerHeaders };
  const enterprise = buildTemplate("enterprise");
  const post = async (path: string, body: unknown) =>
    JSON.parse(
      (await request(`${server.url}${path}`, { method: "POST", headers: owner, body: JSON.stringify(body) }))
        .body,
    ) as Record<string, string>;
  const shared = await post("/api/plans", { name: "Bench shared", document: enterprise });
  const { token } = await post(`/api/plans/${shared.id}/share-links`, { role: "view" });
  const saveConnections = 10;
  const planIds: string[] = [];
  for (let i = 0; i < saveConnections + 1; i++)
    planIds.push((await post("/api/plans", { name: `Bench save ${i}`, document: enterprise })).id!);
  const evaluateBody = JSON.stringify(enterprise);
  // Every save changes the document (users 5000…5999), as a user dragging the users slider would; serialised
  // once: the load generator shares the 2 CPUs with the server.
  const documentJson = Array.from({ length: 1000 }, (_, i) =>
    JSON.stringify({ ...enterprise, workload: { ...enterprise.workload, users: 5000 + i } }),
  );
  const saveSample = await request(`${server.url}/api/plans/${planIds[saveConnections]}`, {
    method: "PATCH",
    headers: owner,
    body: `{"baseRevision":1,"document":${documentJson[0]}}`,
  });
  let nextPlan = 0;
  // Each plan's revision, across the warm-up and the measured run (one connection saves one plan at a time).
  const revisions = new Map<string, number>();
  return [
    {
      name: "GET /api/shared/:token (enterprise, view link)",
      connections: 50,
      targetPercentile: 97.5,
      targetMs: 50,
      load: (url) => ({ url: `${url}/api/shared/${token}` }),
      sample: await request(`${server.url}/api/shared/${token}`, {}),
    },
    {
      name: "POST /api/evaluate (enterprise, anonymous)",
      connections: 10,
      targetPercentile: 97.5,
      targetMs: 100,
      load: (url) => ({
        url: `${url}/api/evaluate`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: evaluateBody,
      }),
      sample: await request(`${server.url}/api/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: evaluateBody,
      }),
    },
    {
      name: "PATCH /api/plans/:id (enterprise document)",
      connections: saveConnections,
      targetPercentile: 95,
      targetMs: 100,
      load: (url) => ({
        url,
        setupClient: (client: AutocannonClient) => {
          const planId = planIds[nextPlan++ % saveConnections]!;
          let n = 0;
          client.setRequests([
            {
              method: "PATCH",
              path: `/api/plans/${planId}`,
              headers: owner,
              setupRequest: (req) => ({
                ...req,
                body: `{"baseRevision":${revisions.get(planId) ?? 1},"document":${documentJson[n++ % documentJson.length]}}`,
              }),
              onResponse: (status, body) => {
                if (url !== server.url) return; // the baseline's answer never changes
                const parsed = JSON.parse(body) as {
                  revision?: number;
                  error?: { currentRevision?: number };
                };
                // A 409 (counted: it fails the run) re-bases, so one conflict does not turn into all of them.
                if (status === 200 && parsed.revision) revisions.set(planId, parsed.revision);
                else if (status === 409 && parsed.error?.currentRevision)
                  revisions.set(planId, parsed.error.currentRevision);
              },
            },
          ]);
        },
      }),
      sample: saveSample,
      afterWarmup: async () => {
        await new Promise((r) => setTimeout(r, 500));
        for (const planId of planIds.slice(0, saveConnections)) {
          const plan = JSON.parse(
            (await request(`${server.url}/api/plans/${planId}`, { headers: owner })).body,
          ) as {
            revision?: number;
          };
          if (!plan.revision) throw new Error(`bench: GET /api/plans/${planId} gave no revision`);
          revisions.set(planId, plan.revision);
        }
      },
    },
  ];
}

async function runScenario(
  scenario: Scenario,
  server: AppServer,
  duration: number,
  log: (line: string) => void,
): Promise<ScenarioReport> {
  log(`bench: ${scenario.name}, ${scenario.connections} connections, ${duration} s`);
  // Warm-up: route code, the Prisma client, the worker threads' JIT.
  await measure({ ...scenario.load(server.url), connections: 4, duration: 2 });
  await scenario.afterWarmup?.();
  const app = await measure({ ...scenario.load(server.url), connections: scenario.connections, duration });
  const baselineServer = await startBaseline({
    status: scenario.sample.status,
    headers: { "content-type": scenario.sample.type, "cache-control": "no-store" },
    body: scenario.sample.body,
  });
  let baseline: LatencyFigures;
  try {
    await measure({ ...scenario.load(baselineServer.url), connections: 4, duration: 1 });
    baseline = await measure({
      ...scenario.load(baselineServer.url),
      connections: scenario.connections,
      duration,
    });
  } finally {
    await baselineServer.stop();
  }
  const key = scenario.targetPercentile === 95 ? "p95" : "p975";
  return {
    name: scenario.name,
    connections: scenario.connections,
    durationSeconds: duration,
    targetPercentile: scenario.targetPercentile,
    targetMs: scenario.targetMs,
    app,
    baseline,
    latencyRatio: round(app.latencyMs[key] / baseline.latencyMs[key]),
    throughputRatio: round(baseline.requestsPerSecond / app.requestsPerSecond),
    pass: app.latencyMs[key] <= scenario.targetMs && only2xx(app),
  };
}

/** Runs every scenario against a fresh server; returns (and by default writes) the report. */
export async function runHttpBench(options: HttpBenchOptions = {}): Promise<HttpBenchReport> {
  const duration = options.durationSeconds ?? 10;
  const log = options.log ?? console.log;
  const loadBefore = loadavg()[0]!;
  const server = await startAppServer({
    env: {
      TOKEN_RATE_LIMIT_BURST: "100000000",
      TOKEN_RATE_LIMIT_PER_SECOND: "100000000",
      ENGINE_RATE_LIMIT_BURST: "100000000",
      ENGINE_RATE_LIMIT_PER_SECOND: "100000000",
    },
  });
  try {
    const reports: ScenarioReport[] = [];
    for (const scenario of await scenarios(server))
      reports.push(await runScenario(scenario, server, duration, log));
    const report: HttpBenchReport = {
      date: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg()[0]! },
      database: "sqlite",
      scenarios: reports,
      pass: reports.every((r) => r.pass),
    };
    printTable(report, log);
    if (options.reportPath !== null) {
      const path = options.reportPath ?? join(process.cwd(), "reports", "bench-http.json");
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
      log(`bench: report written to ${path}`);
    }
    return report;
  } finally {
    await server.stop();
  }
}

const statusText = (f: LatencyFigures) =>
  Object.entries(f.status)
    .map(([code, n]) => `${code}:${n}`)
    .join(" ") + (f.errors ? ` errors:${f.errors}` : "");

/**
 * The benchmark as `npm run bench` suite results (bench/run.ts): each scenario's target percentile against its
 * target, with req/s, the other percentiles and the ratio to the bare server in the detail.
 */
export async function runHttpBenchResults(options: HttpBenchOptions = {}): Promise<BenchResult[]> {
  const report = await runHttpBench(options);
  return report.scenarios.map((s) => {
    const value = s.targetPercentile === 95 ? s.app.latencyMs.p95 : s.app.latencyMs.p975;
    return {
      name: `HTTP ${s.name} p${s.targetPercentile} @${s.connections} conns`,
      value: only2xx(s.app) ? value : Number.POSITIVE_INFINITY,
      unit: "ms",
      target: s.targetMs,
      direction: "max" as const,
      detail: `${s.app.requestsPerSecond} req/s, p50 ${s.app.latencyMs.p50} ms, p99 ${s.app.latencyMs.p99} ms, ${statusText(s.app)}; bare node:http ${s.baseline.requestsPerSecond} req/s, p${s.targetPercentile} ${s.targetPercentile === 95 ? s.baseline.latencyMs.p95 : s.baseline.latencyMs.p975} ms (latency ×${s.latencyRatio}, throughput ÷${s.throughputRatio})`,
    };
  });
}

function printTable(report: HttpBenchReport, log: (line: string) => void): void {
  const rows = report.scenarios.flatMap((s) => {
    const row = (who: string, f: LatencyFigures, result: string) => [
      who === "app" ? s.name : "  bare node:http, same bytes",
      String(s.connections),
      String(f.requestsPerSecond),
      String(f.latencyMs.p50),
      String(f.latencyMs.p95),
      String(f.latencyMs.p975),
      String(f.latencyMs.p99),
      who === "app" ? `p${s.targetPercentile} ≤ ${s.targetMs}` : `×${s.latencyRatio} / ÷${s.throughputRatio}`,
      statusText(f),
      result,
    ];
    return [row("app", s.app, s.pass ? "PASS" : "FAIL"), row("baseline", s.baseline, "")];
  });
  const header = [
    "scenario",
    "conns",
    "req/s",
    "p50",
    "p95",
    "p97.5",
    "p99",
    "target / ratio",
    "status",
    "result",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  log("");
  log(line(header));
  log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) log(line(r));
  log("");
  log(
    `machine: ${report.machine.cpus} CPUs, load average ${report.machine.loadBefore.toFixed(2)} → ${report.machine.loadAfter.toFixed(2)} (server, load generator and any other process share them); latencies in ms`,
  );
  log(`overall: ${report.pass ? "PASS" : "FAIL"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  runHttpBench({ durationSeconds: arg("duration") })
    .then((report) => process.exit(report.pass ? 0 : 1))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(2);
    });
}
