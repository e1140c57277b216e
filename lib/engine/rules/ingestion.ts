import type { PlanDocument } from "../../plan/plan-schema";
import type { Finding, ServingReport } from "../report-schema";
import { finding, nodeTarget, planTarget } from "./finding";

const SECONDS_PER_DAY = 86_400;

/** Embedding tokens per second the self-hosted embedding servers sustain at their SLO capacity (all replicas). */
export function embeddingTokensPerSecond(serving: ServingReport[]): number {
  return serving
    .filter((s) => s.purpose === "embeddings" && s.mode === "self-hosted")
    .reduce((sum, s) => sum + s.capacityInputTokensPerSecond, 0);
}

/**
 * Days to embed today's corpus once on the self-hosted embedding servers: tokens ÷ capacity (tok/s) ÷ 86,400 s. The
 * initial load and every full re-index take this long (the servers run flat out; query embeddings share them in busy
 * hours, so it is a lower bound). null without self-hosted embedding capacity (a cloud API scales with the load).
 */
export function initialIngestionDays(tokens: number, serving: ServingReport[]): number | null {
  const capacity = embeddingTokensPerSecond(serving);
  return capacity > 0 ? tokens / capacity / SECONDS_PER_DAY : null;
}

/**
 * Embedding replicas that embed `tokens` within `maxDays` days: ceil(tokens ÷ (tok/s per replica × 86,400 s × days)),
 * at least 1 — capacity scales with replicas. The one formula behind the ingestion-backlog finding's advice and the
 * advisor's embedding sizing (so a recommended option never carries the finding). 0 without capacity.
 */
export function ingestionReplicas(
  tokens: number,
  tokensPerSecondPerReplica: number,
  maxDays: number,
): number {
  if (!(tokensPerSecondPerReplica > 0)) return 0;
  return Math.max(1, Math.ceil(tokens / (tokensPerSecondPerReplica * SECONDS_PER_DAY * maxDays) - 1e-9));
}

const n = (x: number, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits });

/**
 * The ingestion backlog: a warning when embedding the existing corpus takes longer than the plan's target
 * (slos.maxIngestionDays, default 7 days), with the embedding replicas that would meet it for the initial load:
 * ingestionReplicas at the servers' mean capacity per replica.
 */
export function ingestionFindings(plan: PlanDocument, serving: ServingReport[], tokens: number): Finding[] {
  const days = initialIngestionDays(tokens, serving);
  const maxDays = plan.slos.maxIngestionDays;
  if (days === null || days <= maxDays) return [];
  const own = serving.filter((s) => s.purpose === "embeddings" && s.mode === "self-hosted");
  const replicas = own.reduce((s, x) => s + x.replicas, 0);
  const tokensPerSecond = embeddingTokensPerSecond(serving);
  const needed = ingestionReplicas(tokens, tokensPerSecond / replicas, maxDays);
  const roundedDays = Math.round(days * 10) / 10;
  return [
    finding(
      "ingestion-backlog",
      "warning",
      own.length === 1 ? nodeTarget(own[0]!.nodeId) : planTarget,
      `Embedding the existing ${n(plan.workload.users)} users' documents (${n(tokens / 1e6)} M tokens) takes ~${n(roundedDays, 1)} days at the embedding servers' ${n(tokensPerSecond)} tok/s — beyond the ${n(maxDays, 1)}-day target`,
      `Run ${n(needed)} embedding replicas (now ${n(replicas)}) for the initial load and scale back after, or accept a longer initial load.`,
      {
        users: plan.workload.users,
        mTokens: Math.round(tokens / 1e6),
        days: roundedDays,
        tokensPerSecond: Math.round(tokensPerSecond),
        maxDays,
        replicas: needed,
        currentReplicas: replicas,
      },
    ),
  ];
}
