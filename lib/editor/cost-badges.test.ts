import { afterEach, describe, expect, it, vi } from "vitest";
import { evaluate } from "../engine/evaluate";
import { buildTemplate } from "../templates";
import { nodeCostUsd, parseStoredCostBadges, recallCostBadges, rememberCostBadges } from "./cost-badges";
import { createEditorUiStore } from "./ui-store";

afterEach(() => vi.unstubAllGlobals());

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe("cost badges", () => {
  it("remembers the choice per browser, and reads anything unexpected as off", () => {
    expect(parseStoredCostBadges("1")).toBe(true);
    expect(parseStoredCostBadges("true")).toBe(false);
    expect(parseStoredCostBadges(null)).toBe(false);
    vi.stubGlobal("localStorage", fakeStorage());
    expect(recallCostBadges()).toBe(false);
    createEditorUiStore().getState().setCostBadges(true);
    expect(recallCostBadges()).toBe(true);
    rememberCostBadges(false);
    expect(recallCostBadges()).toBe(false);
  });

  it("shows nothing without a report, and each node's share from the report's own document", () => {
    const doc = buildTemplate("enterprise");
    expect(nodeCostUsd({ reportFor: null, report: null }, "llm")).toBeUndefined();
    const state = { reportFor: doc, report: evaluate(doc) };
    const llm = nodeCostUsd(state, "llm")!;
    expect(llm).toBeGreaterThan(0);
    expect(nodeCostUsd(state, "llm")).toBe(llm);
    expect(nodeCostUsd(state, "nope")).toBeUndefined();
  });
});
