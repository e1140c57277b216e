import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { monthlyRunCostUsd } from "../../engine/headline";
import { buildTemplate } from "../../templates";
import { costChangeJob } from "./cost-change-job";

describe("costChangeJob", () => {
  it("gives both versions' monthly run cost (the engine headline) and the newer version's money", () => {
    const before = buildTemplate("minimal");
    const after = {
      ...before,
      metadata: { ...before.metadata, currency: "EUR" as const, usdToCurrencyRate: 0.92 },
      workload: { ...before.workload, users: before.workload.users * 4 },
    };
    const change = costChangeJob({ before, after });
    expect(change).toEqual({
      fromMonthlyRunCostUsd: monthlyRunCostUsd(evaluate(before)),
      toMonthlyRunCostUsd: monthlyRunCostUsd(evaluate(after)),
      currency: "EUR",
      usdToCurrencyRate: 0.92,
    });
    // Four times the users of a cloud-LLM plan: more tokens, a higher monthly bill.
    expect(change.toMonthlyRunCostUsd).toBeGreaterThan(change.fromMonthlyRunCostUsd);
  });
});
