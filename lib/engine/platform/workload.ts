import type { Workload } from "../../plan/workload-schema";

/** Hours in an average month (365.25 × 24 / 12). */
export const HOURS_PER_MONTH = 730.5;
const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

/**
 * Chunks one document yields: a text of T tokens cut into windows of `chunk` tokens that overlap by `overlap`:
 * 1 chunk if T ≤ chunk, else ceil((T − overlap) / (chunk − overlap)); 0 for an empty document.
 */
export function chunksPerDocument(
  w: Pick<Workload, "pagesPerDocument" | "tokensPerPage" | "chunkSizeTokens" | "chunkOverlapTokens">,
): number {
  const tokens = w.pagesPerDocument * w.tokensPerPage;
  if (tokens <= 0) return 0;
  if (tokens <= w.chunkSizeTokens) return 1;
  return Math.ceil((tokens - w.chunkOverlapTokens) / (w.chunkSizeTokens - w.chunkOverlapTokens));
}

/** Tokens embedded per document: its text plus the overlap repeated at each chunk boundary. */
export function embeddedTokensPerDocument(w: Workload): number {
  const chunks = chunksPerDocument(w);
  return chunks === 0 ? 0 : w.pagesPerDocument * w.tokensPerPage + (chunks - 1) * w.chunkOverlapTokens;
}

/**
 * Share of a month the platform runs at peak-hour traffic: busy hours per day × working days per month / hours in a
 * month (730.5), at most 1. The same traffic profile turns peak rates into monthly volumes (demandAt).
 */
export function busyFraction(w: Pick<Workload, "busyHoursPerDay" | "workingDaysPerMonth">): number {
  return Math.min(1, (w.busyHoursPerDay * w.workingDaysPerMonth) / HOURS_PER_MONTH);
}

/** Users after `month` months of compound yearly growth: users × (1 + g)^(month / 12). */
export function usersAt(w: Pick<Workload, "users" | "yearlyGrowthPct">, month: number): number {
  return w.users * Math.pow(1 + w.yearlyGrowthPct / 100, month / 12);
}

export interface Demand {
  peakActiveUsers: number;
  /** Requests per second in the peak hour. */
  peakRequestsPerSecond: number;
  peakPromptTokensPerSecond: number;
  peakOutputTokensPerSecond: number;
  /** Query embeddings at peak (the user's question, embeddingCallsPerRequest times per request), tokens/s. */
  peakQueryEmbeddingTokensPerSecond: number;
  /** Sustained average of document embedding: corpus growth plus re-indexing, tokens/s. */
  ingestionEmbeddingTokensPerSecond: number;
  /** Embedding tokens to index today's whole corpus once. */
  initialIngestionTokens: number;
  monthlyRequests: number;
  monthlyInputTokens: number;
  monthlyOutputTokens: number;
  /** Query embeddings plus the month's share of ingestion, tokens. */
  monthlyEmbeddingTokens: number;
  chunksPerDocument: number;
  totalDocuments: number;
  totalChunks: number;
}

/**
 * Demand the workload puts on the platform at a number of users (default: the plan's, i.e. month 0).
 * Peak rates: users × active share × requests per active user per minute / 60. Monthly volumes: the peak rate held
 * for `busyHoursPerDay` hours on `workingDaysPerMonth` days (a working-hours traffic profile, stated as an
 * assumption). Ingestion: the corpus (users × documents × embedded tokens) re-indexed `reindexPerYear` times a year,
 * plus the documents the yearly growth adds, averaged over the year.
 */
export function demandAt(w: Workload, users = w.users): Demand {
  const peakActiveUsers = users * w.activeShareAtPeak;
  const rps = (peakActiveUsers * w.requestsPerActiveUserPerMinute) / 60;
  const chunks = chunksPerDocument(w);
  const totalDocuments = users * w.documentsPerUser;
  const corpusTokens = totalDocuments * embeddedTokensPerDocument(w);
  const yearlyIngestionTokens = corpusTokens * (w.reindexPerYear + w.yearlyGrowthPct / 100);
  const monthlyRequests = rps * 3600 * w.busyHoursPerDay * w.workingDaysPerMonth;
  return {
    peakActiveUsers,
    peakRequestsPerSecond: rps,
    peakPromptTokensPerSecond: rps * w.promptTokens,
    peakOutputTokensPerSecond: rps * w.outputTokens,
    peakQueryEmbeddingTokensPerSecond: rps * w.embeddingCallsPerRequest * w.queryEmbeddingTokens,
    ingestionEmbeddingTokensPerSecond: yearlyIngestionTokens / SECONDS_PER_YEAR,
    initialIngestionTokens: corpusTokens,
    monthlyRequests,
    monthlyInputTokens: monthlyRequests * w.promptTokens,
    monthlyOutputTokens: monthlyRequests * w.outputTokens,
    monthlyEmbeddingTokens:
      monthlyRequests * w.embeddingCallsPerRequest * w.queryEmbeddingTokens + yearlyIngestionTokens / 12,
    chunksPerDocument: chunks,
    totalDocuments,
    totalChunks: totalDocuments * chunks,
  };
}
