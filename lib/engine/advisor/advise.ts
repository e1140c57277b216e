import { CLOUD_MODEL_LIST, getHardware } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { applyScenario, describeAiNodes } from "../../plan/scenarios";
import { evaluate } from "../evaluate";
import { demandAt } from "../platform/workload";
import type { Report } from "../report-schema";
import type { AdviseOption, AdviseResult } from "./advise-schema";
import { candidateModels, enumerateCandidates } from "./candidates";
import { amortisedUsdPerMonth, minReplicas, TARGET_UTILISATION } from "../policy";
import { paretoFront } from "./pareto";
import { sizeCandidate, type SizedCandidate } from "./size-candidate";

/** Options fully evaluated (whole plan with the option applied) after the fast sizing pass. */
const MAX_EVALUATED = 18;
/** Plan-level finding codes that belong to the AI layer (shown with an option). */
const AI_PLAN_CODES = new Set(["data-leaves-premises", "no-llm", "no-embeddings"]);

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
  const notes: string[] = [
    `Replicas are sized for at most ${Math.round(TARGET_UTILISATION * 100)}% of the SLO capacity at peak (≥ ${minReplicas("llm", plan.metadata.environment)} per node in ${plan.metadata.environment}).`,
    "Costs and TCO are the whole plan's with the option in place of the current AI hosting; the platform components are the same in every option.",
  ];
  const search = sizeAll(plan);
  const options = buildOptions(plan, search);
  const recommended = recommend(plan, options);
  if (!recommended)
    notes.push(
      "No option meets the SLOs and the constraints: relax a constraint (budget, hardware families, precision floor) or the SLOs.",
    );
  for (const o of options) {
    const v = violations(plan, o);
    if (v.length) o.reasons.push(...v.map((x) => `Violates: ${x}`));
  }
  const cloudRef = recommended
    ? evaluate(applyScenario(plan, { nodes: recommended.deployment.nodes })).cost.cloudAlternative
    : null;
  return {
    recommended,
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
  for (const c of llmCandidates) {
    const s = sizeCandidate(plan, c, "llm", llmDemand);
    if (!s) pruned++;
    else if (s.meetsSlo) sized.push(s);
    else infeasible.push(s);
  }
  const embSized = embCandidates
    .map((c) => sizeCandidate(plan, c, "embeddings", embDemand))
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
function shortlist(search: Search): { shortlist: SizedCandidate[]; front: Set<string> } {
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
  const list = unique([
    ...cheapest.slice(0, 8),
    ...perFamily,
    ...front.sort((a, b) => a.monthlyUsd - b.monthlyUsd),
    ...bestInfeasible,
  ]).slice(0, MAX_EVALUATED);
  return { shortlist: list, front: new Set(front.map(key)) };
}

/** The short-listed self-hosted options and, when data may leave the premises, one option per cloud LLM. */
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
  const { shortlist: list, front } = shortlist(search);
  const options: AdviseOption[] = list.map((s, i) =>
    buildOption(plan, `option-${i + 1}`, [{ ...s.node, id: "llm" }, ...embeddingNodes()], {
      paretoOptimal: front.has(key(s)),
      llm: s,
      embeddings: best,
    }),
  );
  if (cloudAllowed) {
    for (const m of CLOUD_MODEL_LIST.filter((x) => x.purpose === "llm")) {
      options.push(
        buildOption(plan, `cloud-${m.id}`, [cloudNode("cloud-llm", m.id, "llm"), ...embeddingNodes()], {
          paretoOptimal: false,
          embeddings: best,
        }),
      );
    }
  }
  return options.sort((a, b) => a.monthlyCostUsd - b.monthlyCostUsd);
}

/**
 * The recommendation: the cheapest option that meets the SLOs and every constraint with no error finding —
 * self-hosted deployments of the plan's model class first (cloud models are different models, offered as the
 * alternative; one is recommended only when no self-hosted option works). Adds the reasons to it; null: none.
 */
function recommend(plan: PlanDocument, options: AdviseOption[]): AdviseOption | null {
  const feasible = options.filter(
    (o) => o.meetsSlo && !o.findings.some((f) => f.severity === "error") && violations(plan, o).length === 0,
  );
  const byCost = (a: AdviseOption, b: AdviseOption) =>
    a.monthlyCostUsd - b.monthlyCostUsd || (b.headroom ?? 0) - (a.headroom ?? 0);
  const selfHosted = feasible.filter((o) => o.deployment.kind === "self-hosted").sort(byCost);
  const recommended = selfHosted[0] ?? feasible.sort(byCost)[0] ?? null;
  if (!recommended) return null;
  recommended.reasons.unshift(
    recommended.deployment.kind === "self-hosted"
      ? `Cheapest of ${selfHosted.length} self-hosted option(s) that meet the SLOs (≥ ${plan.slos.minTokensPerSecondPerUser} tok/s per user, TTFT ≤ ${plan.slos.maxTtftMs} ms) and every constraint, with no error finding`
      : `No self-hosted option meets the SLOs and constraints: the cheapest cloud model that does`,
  );
  const cheapestCloud = feasible.filter((o) => o.deployment.kind === "cloud").sort(byCost)[0];
  if (cheapestCloud && recommended.deployment.kind === "self-hosted") {
    recommended.reasons.push(
      `Cheapest cloud alternative: ${cheapestCloud.deployment.llm.model} at ${round(cheapestCloud.monthlyCostUsd)} USD/month (a different model; data leaves the premises)`,
    );
  }
  return recommended;
}

function key(s: SizedCandidate): string {
  const c = s.candidate;
  return `${c.product.id}|${c.model.id}|${c.precision}|${c.framework}|${c.devices}`;
}

function unique(xs: SizedCandidate[]): SizedCandidate[] {
  const seen = new Set<string>();
  return xs.filter((s) => (seen.has(key(s)) ? false : (seen.add(key(s)), true)));
}

function cloudNode(id: string, model: string, purpose: "llm" | "embeddings"): PlanNode {
  const provider = model.startsWith("anthropic")
    ? "anthropic"
    : model.startsWith("azure")
      ? "azure-openai"
      : "openai";
  return {
    id,
    kind: "cloud-llm",
    label: `${model} (${purpose})`,
    zoneId: null,
    position: { x: 0, y: 0 },
    replicas: 1,
    cloud: { provider, model, purpose, role: "primary" },
  };
}

function buildOption(
  plan: PlanDocument,
  id: string,
  nodes: PlanNode[],
  extra: { paretoOptimal: boolean; llm?: SizedCandidate; embeddings?: SizedCandidate },
): AdviseOption {
  const applied = applyScenario(plan, { nodes });
  const report = evaluate(applied);
  const llm = report.serving.find((s) => s.purpose === "llm");
  const aiIds = new Set(nodes.map((n) => n.id));
  const findings = report.findings.filter(
    (f) =>
      (f.target.type === "node" && f.target.id !== null && aiIds.has(f.target.id)) ||
      AI_PLAN_CODES.has(f.code),
  );
  const c = extra.llm?.candidate;
  const llmNode = applied.nodes.find((n) => n.id === "llm" || n.id === "cloud-llm");
  const embNode = applied.nodes.find((n) => n.id === "embeddings" || n.id === "cloud-embeddings");
  const monthly = report.cost.monthly[1] ?? report.cost.monthly[0]!;
  return {
    id,
    description: describeAiNodes(nodes),
    deployment: {
      kind: c ? "self-hosted" : "cloud",
      llm: c
        ? {
            product: c.product.id,
            hardware: c.hardwareId,
            devicesPerInstance: c.devices,
            replicas: extra.llm!.replicas,
            model: c.model.id,
            precision: c.precision,
            framework: c.framework,
            ...(c.interconnect ? { interconnect: c.interconnect } : {}),
            gpus: c.devices * extra.llm!.replicas,
          }
        : { replicas: 1, model: llmNode?.cloud?.model ?? "", gpus: 0 },
      embeddings: embNode?.serving
        ? {
            product: embNode.serving.product,
            model: String(embNode.serving.model),
            replicas: embNode.replicas,
            hosting: "self-hosted",
          }
        : { model: embNode?.cloud?.model ?? "", replicas: 1, hosting: "cloud" },
      nodes,
    },
    meetsSlo: report.serving.length > 0 && report.serving.every((s) => s.meetsSlo),
    monthlyCostUsd: round(
      monthly.opexUsd + monthly.cloudUsd + amortisedUsdPerMonth(report.cost.capexUsd, plan.costs),
    ),
    tcoUsd: round(report.cost.tcoUsd),
    capexUsd: round(report.cost.capexUsd),
    headroom: llm?.headroom ?? null,
    ttftMs: llm?.ttftMs ?? 0,
    decodeTokensPerSecondPerStream: llm?.decodeTokensPerSecondPerStream ?? 0,
    powerW: report.totals.powerW,
    rackUnits: report.totals.rackUnits,
    dataLeavesPremises: report.serving.some((s) => s.mode === "cloud" && s.trafficShare > 0),
    paretoOptimal: extra.paretoOptimal,
    reasons: reasonsFor(report, extra.llm),
    findings,
  };
}

function reasonsFor(report: Report, llm?: SizedCandidate): string[] {
  const s = report.serving.find((x) => x.purpose === "llm");
  if (!s) return [];
  if (!llm)
    return [
      `Elastic cloud capacity: ${s.decodeTokensPerSecondPerStream} tok/s per stream, TTFT ≈ ${Math.round(s.ttftMs)} ms (provider figures)`,
    ];
  return [
    `${llm.replicas} instance(s) of ${llm.candidate.devices} device(s): up to ${llm.sloConcurrency} concurrent streams each within the SLOs, ${Math.round((s.utilisation ?? 0) * 100)}% utilised at peak`,
    `At peak a user sees ${s.decodeTokensPerSecondPerStream} tok/s and a first token after ${Math.round(s.ttftMs)} ms`,
  ];
}

/** Constraints an option breaks (empty = none). */
export function violations(plan: PlanDocument, o: AdviseOption): string[] {
  const c = plan.constraints;
  const out: string[] = [];
  if (c.maxMonthlyUsd !== undefined && o.monthlyCostUsd > c.maxMonthlyUsd)
    out.push(`monthly cost ${round(o.monthlyCostUsd)} USD above the ${c.maxMonthlyUsd} USD budget`);
  if (c.capexCapUsd !== undefined && o.capexUsd > c.capexCapUsd)
    out.push(`CAPEX ${round(o.capexUsd)} USD above the ${c.capexCapUsd} USD cap`);
  if (c.maxPowerW !== undefined && o.powerW > c.maxPowerW)
    out.push(`${Math.round(o.powerW)} W above the ${c.maxPowerW} W power limit`);
  if (c.maxRackUnits !== undefined && o.rackUnits > c.maxRackUnits)
    out.push(`${o.rackUnits} rack units above the ${c.maxRackUnits} U limit`);
  if (c.dataOnPremises && o.dataLeavesPremises) out.push("data would leave the premises");
  const hw = o.deployment.llm.hardware ? getHardware(o.deployment.llm.hardware) : undefined;
  if (hw && !c.allowedHardwareFamilies.includes(hw.family)) out.push(`${hw.family} hardware is not allowed`);
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;
