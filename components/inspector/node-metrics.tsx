"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ComponentReport, ServingReport } from "@/lib/engine/report-schema";
import { useEditor } from "@/lib/editor/editor-context";
import { renderEstimateAssumptions } from "@/lib/i18n/estimate-assumptions";
import { renderSloReason } from "@/lib/i18n/findings";
import type { Locale } from "@/lib/i18n/locale";
import { useFindingText } from "@/components/ui/use-finding-text";
import {
  formatCompact,
  formatGb,
  formatMs,
  formatNumber,
  formatPct,
  formatTokensPerSecond,
} from "@/lib/format";
import styles from "./inspector.module.css";

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
  const locale = useLocale();
  return (
    <>
      <ServingFigures s={s} />
      <p className={styles.note}>{renderSloReason(s, locale)}</p>
      <EngineWarnings s={s} />
      <EstimateAssumptions s={s} />
    </>
  );
}

/** How the engine modelled the node (weights, memory, KV cache, parallelism…), closed until asked for. */
function EstimateAssumptions({ s }: { s: ServingReport }) {
  const t = useTranslations("nodeMetrics");
  const locale = useLocale() as Locale;
  if (s.assumptionItems.length === 0) return null;
  return (
    <details className={styles.assumptions}>
      <summary>{t("assumptions")}</summary>
      <ul aria-label={t("assumptions")}>
        {renderEstimateAssumptions(s.assumptionItems, locale).map((text, i) => (
          <li key={s.assumptionItems[i]!.code}>{text}</li>
        ))}
      </ul>
    </details>
  );
}

function ServingFigures({ s }: { s: ServingReport }) {
  const t = useTranslations("nodeMetrics");
  const locale = useLocale();
  const tps = (x: number) => formatTokensPerSecond(x, locale);
  return (
    <dl className={styles.metrics} aria-label={t("servingMetrics")}>
      <Row label={t("fitsLabel")} value={s.fits ? t("yes") : t("doesNotFit")} tone={s.fits ? "ok" : "bad"} />
      {s.mode === "self-hosted" && <MemoryRow s={s} />}
      {s.purpose === "llm" && (
        <>
          <Row label={t("decodeSpeed")} value={tps(s.decodeTokensPerSecondPerStream)} />
          <Row label={t("aggregateOutput")} value={tps(s.aggregateOutputTokensPerSecond)} />
        </>
      )}
      <Row label={s.purpose === "llm" ? t("ttft") : t("queryLatency")} value={formatMs(s.ttftMs, locale)} />
      {s.mode === "self-hosted" && (
        <Row
          label={t("capacity")}
          value={
            s.purpose === "llm"
              ? t("capacityOutput", { rate: tps(s.capacityOutputTokensPerSecond) })
              : t("capacityEmbedded", { rate: tps(s.capacityInputTokensPerSecond) })
          }
        />
      )}
      <Row
        label={t("utilisation")}
        value={s.utilisation === null ? "—" : formatPct(s.utilisation, 0, locale)}
        tone={s.utilisation !== null && s.utilisation > 1 ? "bad" : undefined}
      />
      {s.mode === "self-hosted" && <ReplicaRows s={s} />}
      <Row
        label={t("demand")}
        value={t("demandValue", { rate: formatCompact(s.demandRequestsPerSecond, locale) })}
      />
      <Row label={t("meetsSlo")} value={s.meetsSlo ? t("yes") : t("no")} tone={s.meetsSlo ? "ok" : "bad"} />
    </dl>
  );
}

/** Memory one instance needs against what it has, with the parts (weights, KV cache, overhead). */
function MemoryRow({ s }: { s: ServingReport }) {
  const t = useTranslations("nodeMetrics");
  const locale = useLocale();
  const gb = (x: number) => formatGb(x, locale);
  const m = s.memory;
  return (
    <Row
      label={t("memoryPerInstance")}
      value={t("memoryValue", {
        required: gb(m.requiredGb),
        capacity: gb(m.capacityGb),
        weights: gb(m.weightsGb),
        kv: gb(m.kvCacheGb),
        overhead: gb(m.overheadGb),
      })}
      tone={s.fits ? undefined : "bad"}
    />
  );
}

/** Concurrency, replicas needed and the bound of a self-hosted deployment. */
function ReplicaRows({ s }: { s: ServingReport }) {
  const t = useTranslations("nodeMetrics");
  const locale = useLocale();
  const num = (x: number) => formatNumber(x, 0, locale);
  const bound = ["memory", "compute", "communication", "overhead"].includes(s.bound)
    ? t(`bound.${s.bound as "memory" | "compute" | "communication" | "overhead"}`)
    : s.bound;
  return (
    <>
      <Row label={t("maxConcurrency")} value={num(s.maxConcurrency)} />
      <Row label={t("sloConcurrency")} value={num(s.sloConcurrencyPerReplica)} />
      <Row
        label={t("replicasNeeded")}
        value={t("replicasNeededValue", { required: num(s.requiredReplicas), now: num(s.replicas) })}
        tone={s.requiredReplicas > s.replicas ? "bad" : undefined}
      />
      <Row label={t("boundBy")} value={bound} />
    </>
  );
}

function EngineWarnings({ s }: { s: ServingReport }) {
  const t = useTranslations("nodeMetrics");
  // The engine's warnings reach the reader as the node's findings do: worded by the findings catalog in the
  // interface language (the engine's English text where the catalog has no words for one).
  const findings = useEditor((st) => st.report?.findings);
  const say = useFindingText();
  const warningText = (code: string, english: string) => {
    const f = findings?.find((x) => x.code === code && x.target.id === s.nodeId);
    return f ? say(f).message : english;
  };
  if (s.warnings.length === 0) return null;
  return (
    <ul className={styles.warnings} aria-label={t("engineWarnings")}>
      {s.warnings.map((w) => (
        <li key={w.code}>{warningText(w.code, w.message)}</li>
      ))}
    </ul>
  );
}

function ComponentMetrics({ c }: { c: ComponentReport }) {
  const t = useTranslations("nodeMetrics");
  const locale = useLocale();
  const gb = (x: number) => formatGb(x, locale);
  const compact = (x: number) => formatCompact(x, locale);
  const r = c.recommended;
  return (
    <dl className={styles.metrics} aria-label={t("sizing")}>
      <Row
        label={t("replicas")}
        value={t("replicasValue", { now: c.replicas, sized: r.replicas })}
        tone={c.replicas < r.replicas ? "bad" : undefined}
      />
      <Row
        label={t("cpuPerReplica")}
        value={t("cpuValue", { cores: compact(c.cpuCores), sized: compact(r.cpuCores) })}
      />
      <Row
        label={t("memoryPerReplica")}
        value={t("sizedValue", { value: gb(c.memoryGb), sized: gb(r.memoryGb) })}
      />
      <Row
        label={t("storagePerReplica")}
        value={t("sizedValue", { value: gb(c.storageGb), sized: gb(r.storageGb) })}
      />
      {c.gpus > 0 && <Row label={t("gpusPerReplica")} value={formatNumber(c.gpus, 0, locale)} />}
      <Row
        label={t("total")}
        value={t("totalValue", {
          cores: compact(c.totalCpuCores),
          memory: gb(c.totalMemoryGb),
          storage: gb(c.totalStorageGb),
        })}
      />
    </dl>
  );
}

/** The node's live figures from the report (recomputed on every edit): serving estimates or component sizing. */
export function NodeMetrics({ nodeId }: { nodeId: string }) {
  const serving = useEditor((s) => s.report?.serving.find((x) => x.nodeId === nodeId));
  const component = useEditor((s) => s.report?.components.find((x) => x.nodeId === nodeId));
  const pending = useEditor((s) => s.report === null);
  const t = useTranslations("nodeMetrics");
  if (pending) return <p className={styles.note}>{t("computing")}</p>;
  if (!serving && !component) return null;
  return (
    <section aria-label={t("title")} className={styles.section} data-testid="node-metrics">
      <h3 className={styles.sectionTitle}>{t("title")}</h3>
      {serving ? <ServingMetrics s={serving} /> : component ? <ComponentMetrics c={component} /> : null}
    </section>
  );
}
