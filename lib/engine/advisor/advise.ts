import { CLOUD_MODEL_LIST, getHardware } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { applyScenario } from "../../plan/scenarios";
import { evaluate } from "../evaluate";
import { apiBaselines } from "../platform/cost-months";
import { demandAt } from "../platform/workload";
import type { AdviseOption, AdviseResult } from "./advise-schema";
import { buildOption, cloudNode } from "./build-option";
import { candidateModels, enumerateCandidates } from "./candidates";
import { constraintExclusions } from "./eligibility";
import { adviceNotes, englishNote } from "./notes";
import { paretoFront } from "./pareto";
import { assess, byCost, markParetoFront, recommend } from "./recommend";
import type { CapacityMemo } from "./capacity-memo";
import { sizeCandidate, type SizedCandidate } from "./size-candidate";

/** Options fully evaluated (whole plan with the option applied) after the fast sizing pass. */
const MAX_EVALUATED = 18;

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * The sizing advisor: searches products × devices per instance × model × precision × framework (replicas sized to
 * the demand), prunes what does not fit or cannot meet the SLOs, keeps the Pareto front of cost vs headroom vs
 * latency, evaluates the best candidates as whole plans (so cost, TCO and findings match what the dashboard will
 * show after "Apply"), adds the cloud-API alternatives, and recommends the cheapest option that meets the SLOs and
 * every constraint with no error finding. Pure.
 */
export function advise(plan: PlanDocument): AdviseResult {
  const started = now();
  const basis = plan.constraints.costBasis ?? "monthly";
  const modelSwap = plan.constraints.modelSwap ?? "any";
  const search = sizeAll(plan);
  const options = buildOptions(plan, search).sort(byCost(basis));
  const eligible = assess(plan, options);
  const recommended = recommend(plan, eligible, basis);
  markParetoFront(eligible, basis, plan.workload.outputTokens, recommended);
  const notes = adviceNotes(plan, Boolean(recommended)).map(englishNote);
  const cloudRef = recommended
    ? evaluate(applyScenario(plan, { nodes: recommended.deployment.nodes })).cost.cloudAlternative
    : null;
  return {
    recommended,
    costBasis: basis,
    modelSwap,
    options,
    cloudAlternative: cloudRef
      ? { model: cloudRef.model, monthlyUsd: cloudRef.monthlyUsd, tcoUsd: cloudRef.tcoUsd }
      : null,
    searched: {
      candidates: search.candidates,
      pruned: search.pruned,
      evaluated: options.length,
      ms: Math.round((now() - started) * 10) / 10,
    },
    notes,
  };
}

/** The fast pass: every candidate sized for the plan's demand by the sizing policy. */
interface Search {
  /** LLM candidates that meet the SLOs. */
  sized: SizedCandidate[];
  /** LLM candidates no concurrency serves within the SLOs (shown only when nothing else works). */
  infeasible: SizedCandidate[];
  /** The cheapest self-hosted embedding server, if any fits. */
  embeddings: SizedCandidate | undefined;
  candidates: number;
  pruned: number;
}

function sizeAll(plan: PlanDocument): Search {
  const demand = demandAt(plan.workload);
  const llmDemand = demand.peakOutputTokensPerSecond;
  const embDemand = demand.peakQueryEmbeddingTokensPerSecond + demand.ingestionEmbeddingTokensPerSecond;
  const llmCandidates = enumerateCandidates(plan, candidateModels(plan, "llm"), "llm");
  const embCandidates = enumerateCandidates(plan, candidateModels(plan, "embeddings"), "embeddings");
  const sized: SizedCandidate[] = [];
  const infeasible: SizedCandidate[] = [];
  let pruned = 0;
  // One capacity per instance shape for this run: the same instance packed into several servers is sized once.
  const memo: CapacityMemo = new Map();
  for (const c of llmCandidates) {
    const s = sizeCandidate(plan, c, "llm", llmDemand, memo);
    if (!s) pruned++;
    else if (s.meetsSlo) sized.push(s);
    else infeasible.push(s);
  }
  // Embedding servers also embed the initial corpus within slos.maxIngestionDays (no ingestion-backlog finding).
  const embSized = embCandidates
    .map((c) => sizeCandidate(plan, c, "embeddings", embDemand, memo, demand.initialIngestionTokens))
    .filter((s): s is SizedCandidate => s !== null);
  pruned += embCandidates.length - embSized.length;
  return {
    sized,
    infeasible,
    embeddings: embSized.sort((a, b) => a.monthlyUsd - b.monthlyUsd)[0],
    candidates: llmCandidates.length + embCandidates.length,
    pruned,
  };
}

/**
 * The short-list evaluated as whole plans: the 8 cheapest, the cheapest per hardware family, the Pareto front;
 * when nothing meets the SLOs, the fastest infeasible candidates (shown with why they fall short).
 */
function shortlist(search: Search): SizedCandidate[] {
  const { sized, infeasible } = search;
  const front = paretoFront(sized);
  const cheapest = [...sized].sort((a, b) => a.monthlyUsd - b.monthlyUsd);
  const perFamily = ["nvidia", "apple"]
    .map((f) => cheapest.find((s) => getHardware(s.candidate.hardwareId)?.family === f))
    .filter((s): s is SizedCandidate => !!s);
  const bestInfeasible = sized.length
    ? []
    : [...infeasible]
        .sort((a, b) => b.singleStreamTokensPerSecond - a.singleStreamTokensPerSecond)
        .slice(0, 3);
  return unique([
    ...cheapest.slice(0, 8),
    ...perFamily,
    ...front.sort((a, b) => a.monthlyUsd - b.monthlyUsd),
    ...bestInfeasible,
  ]).slice(0, MAX_EVALUATED);
}

/** The short-listed self-hosted options and one option per selected per-token cloud baseline. */
function buildOptions(plan: PlanDocument, search: Search): AdviseOption[] {
  const cloudAllowed = !plan.constraints.dataOnPremises;
  const best = search.embeddings;
  const cloudEmbedding = CLOUD_MODEL_LIST.filter((m) => m.purpose === "embeddings").sort(
    (a, b) => a.inputPerMTok.usd - b.inputPerMTok.usd,
  )[0];
  const embeddingNodes = (): PlanNode[] => {
    if (best) return [{ ...best.node, id: "embeddings", label: best.node.label }];
    if (cloudAllowed && cloudEmbedding)
      return [cloudNode("cloud-embeddings", cloudEmbedding.id, "embeddings")];
    return [];
  };
  // The fast pass ranks by the serving layer's own monthly cost; the short-list gets whole-plan evaluations.
  const list = shortlist(search);
  const options: AdviseOption[] = list.map((s, i) =>
    buildOption(plan, `option-${i + 1}`, [{ ...s.node, id: "llm" }, ...embeddingNodes()], {
      llm: s,
      embeddings: best,
    }),
  );
  // One cloud option per per-token baseline the plan compares with (costs.cloudBaselines: premium, small, the
  // hosted API of its own open model), always listed: when the plan keeps data on premises or its model, they say why.
  for (const { llmModelId } of apiBaselines(plan)) {
    options.push(
      buildOption(
        plan,
        `cloud-${llmModelId}`,
        [cloudNode("cloud-llm", llmModelId, "llm"), ...embeddingNodes()],
        {
          embeddings: best,
        },
      ),
    );
  }
  return options;
}

function key(s: SizedCandidate): string {
  const c = s.candidate;
  return `${c.product.id}|${c.model.id}|${c.precision}|${c.framework}|${c.devices}`;
}

function unique(xs: SizedCandidate[]): SizedCandidate[] {
  const seen = new Set<string>();
  return xs.filter((s) => (seen.has(key(s)) ? false : (seen.add(key(s)), true)));
}

/** The readable reasons of the constraints an option breaks (empty = none); see constraintExclusions. */
export function violations(plan: PlanDocument, o: AdviseOption): string[] {
  return constraintExclusions(plan, o).map((x) => x.reason);
}
