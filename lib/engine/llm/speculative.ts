/** Speculative-decoding methods the model knows; each proposes `draftTokens` tokens a step, verified in one pass. */
export const SPECULATIVE_METHODS = ["draft", "eagle", "mtp", "ngram"] as const;
export type SpeculativeMethod = (typeof SPECULATIVE_METHODS)[number];

/**
 * Cost of proposing one draft token, as a share of the target model's step [planner]: a small draft model (≈ 1/10
 * of the target), one EAGLE/MTP head layer, n-gram lookup on the host (free). Uncalibrated: no speculative-decoding
 * measurement is in the calibration set.
 */
export const DRAFT_COST_SHARE: Record<SpeculativeMethod, number> = {
  draft: 0.1,
  eagle: 0.04,
  mtp: 0.04,
  ngram: 0,
};

/**
 * Tokens a step emits per sequence with speculative decoding: k drafts accepted independently with probability a give
 * E = (1 − a^(k+1)) / (1 − a) tokens per verification (Leviathan et al., 2023, eq. 1); 1 + k when a = 1.
 */
export function expectedTokensPerStep(draftTokens: number, acceptance: number): number {
  if (draftTokens <= 0) return 1;
  if (acceptance >= 1) return draftTokens + 1;
  return (1 - Math.pow(acceptance, draftTokens + 1)) / (1 - acceptance);
}
