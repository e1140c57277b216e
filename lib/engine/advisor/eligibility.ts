import { getCloudModel, getHardware, getModel, getPrecision } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import type { AdviseOption, Exclusion } from "./advise-schema";
import { classOfParams, classRank, planLlmModels, qualityClass } from "./model-class";

const usd = (x: number) => `${Math.round(x).toLocaleString("en-US")} USD`;

/**
 * The plan's constraints an option breaks, each with a code and a readable reason (empty: it meets them all):
 * data on premises, allowed hardware families, allowed models, the model-swap policy (same model / same quality
 * class), minimum model size, precision floor, power, rack space, monthly budget and CAPEX cap.
 */
export function constraintExclusions(plan: PlanDocument, o: AdviseOption): Exclusion[] {
  const c = plan.constraints;
  const out: Exclusion[] = [];
  if (c.dataOnPremises && o.dataLeavesPremises)
    out.push({
      code: "data-leaves-premises",
      reason: "the plan requires data on premises and this option sends prompts or documents to a cloud API",
      params: {},
    });
  const hw = o.deployment.llm.hardware ? getHardware(o.deployment.llm.hardware) : undefined;
  if (hw && !c.allowedHardwareFamilies.includes(hw.family))
    out.push({
      code: "hardware-family",
      reason: `${hw.family} hardware is not an allowed family`,
      params: { family: hw.family },
    });
  out.push(...modelExclusions(plan, o));
  const p = o.deployment.llm.precision ? getPrecision(o.deployment.llm.precision) : undefined;
  const floor = c.precisionFloor ? getPrecision(c.precisionFloor) : undefined;
  if (p && floor && p.bitsPerWeight < floor.bitsPerWeight - 1e-9)
    out.push({
      code: "precision-floor",
      reason: `${p.id} is below the ${floor.id} precision floor`,
      params: { precision: p.id, floor: floor.id },
    });
  if (c.maxPowerW !== undefined && o.powerW > c.maxPowerW)
    out.push({
      code: "power",
      reason: `${Math.round(o.powerW)} W above the ${c.maxPowerW} W power limit`,
      params: { powerW: Math.round(o.powerW), maxPowerW: c.maxPowerW },
    });
  if (c.maxRackUnits !== undefined && o.rackUnits > c.maxRackUnits)
    out.push({
      code: "rack-space",
      reason: `${o.rackUnits} U above the ${c.maxRackUnits} U rack-space limit`,
      params: { rackUnits: o.rackUnits, maxRackUnits: c.maxRackUnits },
    });
  if (c.maxMonthlyUsd !== undefined && o.monthlyCostUsd > c.maxMonthlyUsd)
    out.push({
      code: "monthly-budget",
      reason: `${usd(o.monthlyCostUsd)} a month above the ${usd(c.maxMonthlyUsd)} budget`,
      params: { monthlyUsd: Math.round(o.monthlyCostUsd), maxMonthlyUsd: Math.round(c.maxMonthlyUsd) },
    });
  if (c.capexCapUsd !== undefined && o.capexUsd > c.capexCapUsd)
    out.push({
      code: "capex-cap",
      reason: `CAPEX ${usd(o.capexUsd)} above the ${usd(c.capexCapUsd)} cap`,
      params: { capexUsd: Math.round(o.capexUsd), capUsd: Math.round(c.capexCapUsd) },
    });
  return out;
}

/** The model constraints: the allowed list, the model-swap policy and the minimum size. */
function modelExclusions(plan: PlanDocument, o: AdviseOption): Exclusion[] {
  const c = plan.constraints;
  // A hosted API of an open-weight model is that model (servesModel): "same model" and allowed lists compare it.
  const offered = o.deployment.llm.model;
  const model = getCloudModel(offered)?.servesModel ?? offered;
  const out: Exclusion[] = [];
  const current = planLlmModels(plan);
  const allowed = c.allowedModels ?? [];
  if (allowed.length && allowedListNamesLlms(allowed) && !allowed.includes(model))
    out.push({
      code: "model-not-allowed",
      reason: `${model} is not one of the allowed models`,
      params: { model },
    });
  const swap = c.modelSwap ?? "any";
  if (swap === "same-model" && current.length && !current.includes(model))
    out.push({
      code: "model-swap",
      reason: `the plan keeps its model (${current.join(", ")}); ${model} is a different model`,
      params: { policy: "same_model", current: current.join(", "), model },
    });
  if (swap === "same-class" && current.length) {
    const wanted = Math.max(...current.map((m) => classRank(qualityClass(m) ?? "small")));
    const got = qualityClass(model);
    if (got === undefined || classRank(got) < wanted)
      out.push({
        code: "model-swap",
        reason: `${model} (${got ?? "unknown"} class) is below the plan's model class`,
        params: { policy: "same_class", model, modelClass: got ?? "unknown" },
      });
  }
  if (c.minModelParamsB && o.deployment.kind === "cloud") {
    const got = qualityClass(model);
    if (got === undefined || classRank(got) < classRank(classOfParams(c.minModelParamsB)))
      out.push({
        code: "model-too-small",
        reason: `${model} is not of the class of a ${c.minModelParamsB} B model (minimum model size)`,
        params: { model, minParamsB: c.minModelParamsB },
      });
  }
  return out;
}

/** The allowed list constrains the LLM only when it names an LLM (a list of embedding models leaves it free). */
function allowedListNamesLlms(ids: string[]): boolean {
  return ids.some((id) => getModel(id)?.kind === "llm" || getCloudModel(id)?.purpose === "llm");
}

/**
 * Everything that keeps an option from being recommended: missing the SLOs, an error finding on its AI nodes, and
 * the constraints it breaks (constraintExclusions).
 */
export function exclusions(plan: PlanDocument, o: AdviseOption): Exclusion[] {
  const out: Exclusion[] = [];
  if (!o.meetsSlo)
    out.push({
      code: "misses-slo",
      reason: `misses the SLOs (≥ ${plan.slos.minTokensPerSecondPerUser} tok/s per user, TTFT ≤ ${plan.slos.maxTtftMs} ms) at peak`,
      params: { minTps: plan.slos.minTokensPerSecondPerUser, maxTtftMs: plan.slos.maxTtftMs },
    });
  const errors = o.findings.filter((f) => f.severity === "error");
  // The error findings themselves are the params: readers render each from option.findings in their language.
  if (errors.length)
    out.push({
      code: "error-finding",
      reason: errors.map((f) => f.message).join("; "),
      params: { count: errors.length },
    });
  return [...out, ...constraintExclusions(plan, o)];
}
