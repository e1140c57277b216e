import { describe, expect, it } from "vitest";
import { getFramework, getModel, getProduct } from "../../catalog";
import { servedConcurrency } from "../llm/framework-limit";
import { buildTemplate } from "../../templates";
import { sizeCandidate } from "./size-candidate";

describe("the advisor offers a framework only at the concurrency it serves", () => {
  it("sizes MLX at one request per Mac and llama.cpp within its 4 slots, whatever the demand", () => {
    const plan = buildTemplate("mac-cluster");
    // MLX prefills the template's 3,000-token prompt in ~2.6 s on an M3 Ultra: a TTFT SLO it can meet.
    plan.slos.maxTtftMs = 5000;
    const product = getProduct("mac-studio-m3-ultra-256")!;
    for (const framework of ["mlx", "llama.cpp"]) {
      const sized = sizeCandidate(
        plan,
        {
          product,
          hardwareId: product.hardwareId!,
          model: getModel("llama-3.1-8b")!,
          precision: framework === "mlx" ? "int4" : "q4_k_m",
          framework,
          devices: 1,
          memoryGb: product.memoryGbPerDevice!,
        },
        "llm",
        2000,
      );
      expect(sized, framework).not.toBeNull();
      const slots = servedConcurrency(getFramework(framework)!, undefined)!;
      expect(sized!.sloConcurrency, framework).toBeGreaterThan(0);
      expect(sized!.sloConcurrency, framework).toBeLessThanOrEqual(slots);
    }
  });
});
