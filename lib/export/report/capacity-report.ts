import type { DeploymentModel } from "../model/build";
import { code, md, money, moneyNumber, num, table } from "./markdown";
import { scenarioComparisonSection } from "./scenario-comparison";
import { servingTable, storeTopologySection } from "./topology";

/** Months listed in a chart's data table: every month up to 36, then every 3rd, always the last. */
function sampleMonths<T extends { month: number }>(rows: T[]): T[] {
  if (rows.length <= 37) return rows;
  return rows.filter((r, i) => r.month % 3 === 0 || i === rows.length - 1);
}

function demandSection(model: DeploymentModel): string[] {
  const { report } = model;
  const d = report.demand;
  const t = report.totals;
  const out: string[] = [];
  out.push("## Demand at peak", "");
  out.push(
    table(
      ["figure", "value"],
      [
        ["Peak active users", num(d.peakActiveUsers)],
        ["Requests per second", num(d.peakRequestsPerSecond)],
        ["Prompt tokens per second", num(d.peakPromptTokensPerSecond)],
        ["Output tokens per second", num(d.peakOutputTokensPerSecond)],
        ["Query embedding tokens per second", num(d.peakQueryEmbeddingTokensPerSecond)],
        ["Ingestion embedding tokens per second (average)", num(d.ingestionEmbeddingTokensPerSecond)],
        ["Monthly requests", num(d.monthlyRequests, 0)],
        [
          "Monthly input / output tokens",
          `${num(d.monthlyInputTokens, 0)} / ${num(d.monthlyOutputTokens, 0)}`,
        ],
        ["Monthly embedding tokens", num(d.monthlyEmbeddingTokens, 0)],
        ["Chunks (per document / total)", `${num(d.chunksPerDocument)} / ${num(d.totalChunks, 0)}`],
      ],
      ["l", "r"],
    ),
    "",
  );
  out.push("## Totals", "");
  out.push(
    table(
      ["CPU cores", "memory GB", "storage GB", "GPUs", "power W", "rack units"],
      [[num(t.cpuCores), num(t.memoryGb), num(t.storageGb), t.gpus, num(t.powerW, 0), t.rackUnits]],
      ["r", "r", "r", "r", "r", "r"],
    ),
    "",
  );
  return out;
}

function componentsSection(model: DeploymentModel): string[] {
  const { report } = model;
  const out: string[] = [];
  out.push("## Components (per replica)", "");
  out.push(
    table(
      [
        "node",
        "kind",
        "replicas",
        "CPU",
        "memory GB",
        "storage GB",
        "GPUs",
        "recommended (replicas × CPU/mem/storage)",
      ],
      report.components.map((c) => [
        md(c.label),
        c.kind,
        c.replicas,
        num(c.cpuCores),
        num(c.memoryGb),
        num(c.storageGb),
        c.gpus,
        `${c.recommended.replicas} × ${num(c.recommended.cpuCores)} / ${num(c.recommended.memoryGb)} / ${num(c.recommended.storageGb)}`,
      ]),
      ["l", "l", "r", "r", "r", "r", "r", "l"],
    ),
    "",
  );
  return out;
}

function servingSection(model: DeploymentModel): string[] {
  const { report } = model;
  const out: string[] = [];
  if (report.serving.length) {
    out.push("## Model serving", "");
    out.push(
      table(
        [
          "node",
          "mode",
          "replicas",
          "fits",
          "tok/s per stream",
          "aggregate tok/s",
          "TTFT ms",
          "concurrency (at peak / SLO / memory max)",
          "required replicas",
          "utilisation",
          "meets SLO",
        ],
        report.serving.map((s) => [
          md(s.label),
          s.mode,
          s.replicas,
          s.fits ? "yes" : "no",
          num(s.decodeTokensPerSecondPerStream, 1),
          num(s.aggregateOutputTokensPerSecond, 0),
          num(s.ttftMs, 0),
          `${s.concurrency} / ${s.sloConcurrencyPerReplica} / ${s.maxConcurrency}`,
          s.requiredReplicas,
          s.utilisation === null ? "—" : `${num(s.utilisation * 100, 0)}%`,
          s.meetsSlo ? "yes" : `no — ${md(s.sloReason)}`,
        ]),
        ["l", "l", "r", "l", "r", "r", "r", "l", "r", "r", "l"],
      ),
      "",
    );
    out.push(...servingTable(model, "Settings the bundle gives each model server (from the engine):"));
  }
  return out;
}

function storageSection(model: DeploymentModel): string[] {
  const { report } = model;
  const out: string[] = [];
  const stores = ["objects", "postgres", "vectors", "search", "redis", "backups", "logs"] as const;
  out.push(`## Storage growth (chart data, GB; margin ${report.storage.marginPct}%)`, "");
  out.push(
    table(
      ["month", "users", ...stores, "total", "with margin"],
      sampleMonths(report.storage.months).map((m) => [
        m.month,
        num(m.users, 0),
        ...stores.map((s) => num(m.byStore[s], 0)),
        num(m.totalGb, 0),
        num(m.withMarginGb, 0),
      ]),
      ["r", "r", ...stores.map(() => "r" as const), "r", "r"],
    ),
    "",
  );
  const v = report.storage.vectorBreakdownGb;
  out.push(
    `Vector store today: raw vectors ${num(v.rawVectors)} GB, HNSW index ${num(v.index)} GB, chunk text and metadata ${num(v.metadataAndText)} GB.`,
    "",
  );
  out.push("### Storage performance", "");
  out.push(
    table(
      ["store", "IOPS", "MB/s", "storage class", "media"],
      report.storage.performance.map((p) => [
        p.store,
        num(p.iops, 0),
        num(p.throughputMBps, 0),
        code(p.storageClass),
        md(p.media),
      ]),
      ["l", "r", "r", "l", "l"],
    ),
    "",
  );
  out.push("### Volumes in the bundle", "");
  const volumes = [
    ...model.workloads.flatMap((w) =>
      [w.storage, ...w.extraClaims]
        .filter((c) => c !== undefined)
        .map((c) => [
          `${code(w.name)} ${code(c.claim)}`,
          w.replicas,
          `${c.sizeG} G`,
          code(c.storageClass),
          md(c.basis),
        ]),
    ),
    ...model.modelCaches.map((c) => [code(c.claimName), 1, `${c.sizeG} G`, code("standard"), md(c.basis)]),
    ...model.claims.map((c) => [code(c.name), 1, `${c.sizeG} G`, code(c.storageClass), md(c.basis)]),
  ];
  out.push(
    table(["claim of", "claims", "size each", "class", "basis"], volumes, ["l", "r", "r", "l", "l"]),
    "",
  );
  return out;
}

function costSection(model: DeploymentModel): string[] {
  const { plan, report } = model;
  const out: string[] = [];
  const c = report.cost;
  out.push("## Cost", "");
  out.push(
    table(
      [
        "CAPEX",
        "monthly OPEX",
        "monthly cloud",
        `TCO (${report.plan.horizonMonths} months)`,
        "per million tokens",
        "per 1,000 requests",
      ],
      [
        [
          money(c.capexUsd, plan),
          money(c.monthlyOpexUsd, plan),
          money(c.monthlyCloudUsd, plan),
          money(c.tcoUsd, plan),
          money(c.perMillionTokensUsd, plan),
          money(c.perThousandRequestsUsd, plan),
        ],
      ],
      ["r", "r", "r", "r", "r", "r"],
    ),
    "",
  );
  out.push(
    `Cloud alternative (${code(c.cloudAlternative.model)}): ${money(c.cloudAlternative.monthlyUsd, plan)}/month, TCO ${money(c.cloudAlternative.tcoUsd, plan)}, break-even ${c.cloudAlternative.breakEvenMonth === null ? "never" : `month ${c.cloudAlternative.breakEvenMonth}`}. GPU rental alternative: ${money(c.gpuRentalAlternative.monthlyUsd, plan)}/month, TCO ${money(c.gpuRentalAlternative.tcoUsd, plan)}, break-even ${c.gpuRentalAlternative.breakEvenMonth === null ? "never" : `month ${c.gpuRentalAlternative.breakEvenMonth}`}.`,
    "",
  );
  out.push(`### Cost over time (chart data, ${plan.metadata.currency})`, "");
  out.push(
    table(
      ["month", "CAPEX", "OPEX", "cloud", "total", "cumulative"],
      sampleMonths(c.monthly).map((m) => [
        m.month,
        moneyNumber(m.capexUsd, plan),
        moneyNumber(m.opexUsd, plan),
        moneyNumber(m.cloudUsd, plan),
        moneyNumber(m.totalUsd, plan),
        moneyNumber(m.cumulativeUsd, plan),
      ]),
      ["r", "r", "r", "r", "r", "r"],
    ),
    "",
  );
  out.push("Bill of materials: [bill-of-materials.csv](bill-of-materials.csv).", "");
  if (report.network.length) {
    out.push("## Network links", "");
    const edges = new Map(plan.edges.map((e) => [e.id, e]));
    const nodes = new Map(plan.nodes.map((n) => [n.id, n]));
    out.push(
      table(
        ["edge", "port", "latency ms", "max / optimal ms", "allowed"],
        report.network.map((r) => {
          const e = edges.get(r.edgeId);
          const from = e ? (nodes.get(e.source)?.label ?? e.source) : r.edgeId;
          const to = e ? (nodes.get(e.target)?.label ?? e.target) : "";
          return [
            `${md(from)} → ${md(to)}`,
            e?.port ?? "",
            num(r.latencyMs),
            r.maxMs === null ? "—" : `${num(r.maxMs)} / ${num(r.optimalMs ?? 0)}`,
            r.allowed ? "yes" : "no",
          ];
        }),
        ["l", "r", "r", "r", "l"],
      ),
      "",
    );
  }
  return out;
}

/**
 * report/capacity-report.md: every figure of the engine's report for this plan, how each store runs, and the data
 * behind the editor's charts (storage growth, cost over time) as tables — the sizing the bundle's manifests were
 * generated from.
 */
export function capacityReport(model: DeploymentModel): string {
  const { plan, report } = model;
  const out: string[] = [];
  out.push(`# Capacity report — ${md(plan.metadata.name)}`, "");
  out.push(
    `Environment ${code(model.environment)} · ${num(report.plan.users, 0)} users · horizon ${report.plan.horizonMonths} months · catalog ${code(report.catalogVersion)} · report v${report.reportVersion}`,
    "",
  );
  // The drawing sits beside this file in the bundle (report/diagram.svg): the same SVG as the PDF's and the editor's.
  out.push("## Architecture", "", "![Architecture diagram](diagram.svg)", "");
  out.push(...demandSection(model), ...componentsSection(model), ...servingSection(model));
  out.push(...storeTopologySection(model));
  out.push(...storageSection(model), ...costSection(model));
  out.push(...scenarioComparisonSection(plan));
  out.push("## Findings", "");
  out.push(
    report.findings.length
      ? report.findings
          .map((f) => `- **${f.severity}** ${code(f.code)}: ${md(f.message)} — ${md(f.fix)}`)
          .join("\n")
      : "None.",
    "",
  );
  out.push("## Assumptions", "", report.assumptions.map((a) => `- ${md(a)}`).join("\n"), "");
  return out.join("\n");
}
