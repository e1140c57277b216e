"use client";

import type { ComponentReport, ServingReport } from "@/lib/engine/report-schema";
import { useEditor } from "@/lib/editor/editor-context";
import {
  formatCompact,
  formatGb,
  formatMs,
  formatNumber,
  formatPct,
  formatTokensPerSecond,
} from "@/lib/format";
import styles from "./inspector.module.css";

const BOUND_TEXT: Record<string, string> = {
  memory: "memory bandwidth (reading weights and KV cache each step)",
  compute: "compute (tensor-core throughput)",
  communication: "communication between devices",
  overhead: "per-step overhead (scheduling, kernel launches)",
};

function Row({ label, value, tone }: { label: string; value: string; tone?: "ok" | "bad" }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={tone === "bad" ? styles.bad : tone === "ok" ? styles.good : undefined}>{value}</dd>
    </>
  );
}

/**
 * A serving node's figures. Speed, TTFT and aggregate output are at the operating point of peak demand (what users
 * see at the busiest hour); the capacity row is the most the replicas sustain while keeping the SLOs.
 */
function ServingMetrics({ s }: { s: ServingReport }) {
  const m = s.memory;
  return (
    <>
      <dl className={styles.metrics} aria-label="Serving metrics">
        <Row
          label="Fits in memory"
          value={s.fits ? "Yes" : "No — does not fit"}
          tone={s.fits ? "ok" : "bad"}
        />
        {s.mode === "self-hosted" && (
          <Row
            label="Memory per instance"
            value={`${formatGb(m.requiredGb)} of ${formatGb(m.capacityGb)} (weights ${formatGb(m.weightsGb)}, KV ${formatGb(m.kvCacheGb)}, overhead ${formatGb(m.overheadGb)})`}
            tone={s.fits ? undefined : "bad"}
          />
        )}
        {s.purpose === "llm" && (
          <>
            <Row
              label="Decode speed per stream"
              value={formatTokensPerSecond(s.decodeTokensPerSecondPerStream)}
            />
            <Row
              label="Aggregate output at peak (all replicas)"
              value={formatTokensPerSecond(s.aggregateOutputTokensPerSecond)}
            />
          </>
        )}
        <Row
          label={s.purpose === "llm" ? "Time to first token" : "Query embedding latency"}
          value={formatMs(s.ttftMs)}
        />
        {s.mode === "self-hosted" && (
          <Row
            label="Capacity within the SLOs (all replicas)"
            value={
              s.purpose === "llm"
                ? `${formatTokensPerSecond(s.capacityOutputTokensPerSecond)} output`
                : `${formatTokensPerSecond(s.capacityInputTokensPerSecond)} embedded`
            }
          />
        )}
        <Row
          label="Utilisation at peak"
          value={s.utilisation === null ? "—" : formatPct(s.utilisation)}
          tone={s.utilisation !== null && s.utilisation > 1 ? "bad" : undefined}
        />
        {s.mode === "self-hosted" && (
          <>
            <Row label="Max concurrency per replica (memory)" value={formatNumber(s.maxConcurrency)} />
            <Row label="Concurrency within the SLOs" value={formatNumber(s.sloConcurrencyPerReplica)} />
            <Row
              label="Replicas needed at peak"
              value={`${formatNumber(s.requiredReplicas)} (now ${s.replicas})`}
              tone={s.requiredReplicas > s.replicas ? "bad" : undefined}
            />
            <Row label="Bound by" value={BOUND_TEXT[s.bound] ?? s.bound} />
          </>
        )}
        <Row label="Demand at peak" value={`${formatCompact(s.demandRequestsPerSecond)} req/s`} />
        <Row label="Meets the SLOs" value={s.meetsSlo ? "Yes" : "No"} tone={s.meetsSlo ? "ok" : "bad"} />
      </dl>
      <p className={styles.note}>{s.sloReason}</p>
      {s.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="Engine warnings">
          {s.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function ComponentMetrics({ c }: { c: ComponentReport }) {
  const r = c.recommended;
  return (
    <dl className={styles.metrics} aria-label="Sizing">
      <Row
        label="Replicas"
        value={`${c.replicas} (sized: ${r.replicas})`}
        tone={c.replicas < r.replicas ? "bad" : undefined}
      />
      <Row
        label="CPU per replica"
        value={`${formatCompact(c.cpuCores)} cores (sized: ${formatCompact(r.cpuCores)})`}
      />
      <Row label="Memory per replica" value={`${formatGb(c.memoryGb)} (sized: ${formatGb(r.memoryGb)})`} />
      <Row label="Storage per replica" value={`${formatGb(c.storageGb)} (sized: ${formatGb(r.storageGb)})`} />
      {c.gpus > 0 && <Row label="GPUs per replica" value={formatNumber(c.gpus)} />}
      <Row
        label="Total"
        value={`${formatCompact(c.totalCpuCores)} cores, ${formatGb(c.totalMemoryGb)} RAM, ${formatGb(c.totalStorageGb)} storage`}
      />
    </dl>
  );
}

/** The node's live figures from the report (recomputed on every edit): serving estimates or component sizing. */
export function NodeMetrics({ nodeId }: { nodeId: string }) {
  const serving = useEditor((s) => s.report?.serving.find((x) => x.nodeId === nodeId));
  const component = useEditor((s) => s.report?.components.find((x) => x.nodeId === nodeId));
  const pending = useEditor((s) => s.report === null);
  if (pending) return <p className={styles.note}>Computing…</p>;
  if (!serving && !component) return null;
  return (
    <section aria-label="Live metrics" className={styles.section} data-testid="node-metrics">
      <h3 className={styles.sectionTitle}>Live metrics</h3>
      {serving ? <ServingMetrics s={serving} /> : component ? <ComponentMetrics c={component} /> : null}
    </section>
  );
}
