import { describe, expect, it } from "vitest";
import { applyFindingPatch } from "../../editor/ops/fix";
import { parsePlan } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import type { ServingReport } from "../report-schema";
import { frameworkConcurrencyFindings, productFindings, requiredConcurrency } from "./serving-sku";

const llmOf = (p: PlanDocument) => p.nodes.find((n) => n.kind === "llm")!;

describe("retired and mismatched servers", () => {
  it("keeps a saved plan on the retired 2 × H100 'SXM' id loading, says what it now is, and fixes it in one edit", () => {
    const plan = buildTemplate("production");
    const llm = llmOf(plan);
    llm.serving = { ...llm.serving!, product: "gpu-server-2x-h100", hardware: "h100-sxm" };
    const found = evaluate(plan).findings.find((f) => f.code === "product-replaced")!;
    expect(found.severity).toBe("warning");
    expect(found.message).toContain("2 × H100 NVL 94 GB server");
    expect(found.patch).toEqual({ op: "set-product", nodeId: llm.id, product: "gpu-server-2x-h100-nvl" });
    const fixed = applyFindingPatch(plan, found.patch!);
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(llmOf(fixed.doc).serving).toMatchObject({
      product: "gpu-server-2x-h100-nvl",
      hardware: "h100-nvl",
    });
    expect(evaluate(fixed.doc).findings.filter((f) => f.code.startsWith("product-"))).toEqual([]);
  });

  it("parses a saved document that still names gpu-server-2x-h100 (the id stays valid)", () => {
    const plan = buildTemplate("production");
    llmOf(plan).serving = { ...llmOf(plan).serving!, product: "gpu-server-2x-h100", hardware: "h100-sxm" };
    const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(parsed.ok).toBe(true);
  });

  it("flags a node whose hardware is not the accelerator its server holds", () => {
    const plan = buildTemplate("production");
    const llm = llmOf(plan);
    llm.serving = { ...llm.serving!, product: "hgx-h200-8", hardware: "h100-sxm" };
    expect(productFindings(llm).map((f) => f.code)).toEqual(["product-hardware-mismatch"]);
    llm.serving = { ...llm.serving, hardware: "h200-sxm" };
    expect(productFindings(llm)).toEqual([]);
  });
});

describe("frameworks at the concurrency they serve", () => {
  const report = (concurrency: number, meetsSlo = false): ServingReport =>
    ({
      nodeId: "llm",
      label: "LLM",
      mode: "self-hosted",
      purpose: "llm",
      replicas: 2,
      meetsSlo,
      operatingPoint: { concurrency, saturated: false },
    }) as unknown as ServingReport;
  const plan = (framework: string, concurrency?: number): PlanDocument => {
    const p = buildTemplate("production");
    const llm = llmOf(p);
    llm.id = "llm";
    llm.serving = { ...llm.serving!, framework, ...(concurrency ? { concurrency } : {}) };
    return p;
  };

  it("needs ceil(N + 2.33·√N) slots at a mean of N in flight (hand-computed: N = 4 → 9, N = 1 → 4)", () => {
    expect(requiredConcurrency(report(4), undefined)).toEqual({ required: 9, meanInFlight: 4 });
    expect(requiredConcurrency(report(1), undefined)).toEqual({ required: 4, meanInFlight: 1 });
    expect(requiredConcurrency(report(4), 12)).toEqual({ required: 12, meanInFlight: 12 });
  });

  it("warns when llama-server's 4 default slots are short, and spreads the load over ceil(2 × 9 / 4) = 5 replicas", () => {
    const [f] = frameworkConcurrencyFindings(plan("llama.cpp"), report(4));
    expect(f).toMatchObject({ code: "framework-concurrency-limit", severity: "warning" });
    expect(f!.params).toMatchObject({ required: 9, served: 4, replicas: 5, kind: "configurable" });
    expect(f!.patch).toEqual({ op: "set-replicas", nodeId: "llm", replicas: 5 });
    expect(frameworkConcurrencyFindings(plan("llama.cpp"), report(1))).toEqual([]);
    // The SLOs still met (their TTFT counts the wait for a slot): a notice, not a warning.
    expect(frameworkConcurrencyFindings(plan("llama.cpp"), report(4, true))[0]?.severity).toBe("info");
  });

  it("counts a fixed concurrency as the slots a configurable server is given (-np), never beyond a hard limit", () => {
    expect(frameworkConcurrencyFindings(plan("llama.cpp", 16), report(4))).toEqual([]);
    const [mlx] = frameworkConcurrencyFindings(plan("mlx", 256), report(4));
    expect(mlx).toMatchObject({ severity: "error", params: { required: 256, served: 1, kind: "hard" } });
    expect(mlx!.patch).toBeUndefined();
  });

  it("leaves continuously batching frameworks to the KV cache and max_num_seqs", () => {
    expect(frameworkConcurrencyFindings(plan("vllm"), report(200))).toEqual([]);
  });
});
