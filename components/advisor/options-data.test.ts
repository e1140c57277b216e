import { beforeAll, describe, expect, it } from "vitest";
import { advise, type AdviseResult } from "@/lib/engine/advisor";
import { scenarioSchema, type PlanDocument } from "@/lib/plan/plan-schema";
import { applyScenario } from "@/lib/plan/scenarios";
import { buildTemplate } from "@/lib/templates";
import {
  formatHeadroom,
  nextSort,
  optionFigures,
  optionRows,
  optionScenarioKind,
  optionScenarioName,
  scenarioFromOption,
  searchedSummary,
  sortOptionRows,
  type OptionRow,
} from "./options-data";

let plan: PlanDocument;
let result: AdviseResult;
let rows: OptionRow[];

beforeAll(() => {
  // The plan keeps its model, so the recommendation is a self-hosted deployment.
  plan = buildTemplate("enterprise");
  plan.constraints.modelSwap = "same-model";
  // A hosted API of the same open model is the same model: keeping the data on premises keeps the LLM self-hosted.
  plan.constraints.dataOnPremises = true;
  result = advise(plan);
  rows = optionRows(result);
});

const isSorted = (xs: number[], dir: "asc" | "desc") =>
  xs.every((x, i) => i === 0 || (dir === "asc" ? xs[i - 1]! <= x : xs[i - 1]! >= x));

describe("optionRows", () => {
  it("has one row per option and flags the recommendation once", () => {
    expect(rows).toHaveLength(result.options.length);
    expect(rows.filter((r) => r.recommended).map((r) => r.id)).toEqual([result.recommended!.id]);
    expect(rows.some((r) => r.kind === "cloud")).toBe(true);
    expect(rows.some((r) => r.paretoOptimal)).toBe(true);
  });

  it("names deployments from the catalog", () => {
    const rec = rows.find((r) => r.recommended)!;
    expect(rec.title).toBe("Llama 3.3 70B Instruct FP8 · 6× NVIDIA H100 NVL 94GB (3 × 2) · vLLM");
    expect(rec.product).toBe("2 × H100 NVL 94 GB server (reference platform's 2 × H100)");
    const cloud = rows.find((r) => r.kind === "cloud")!;
    expect(cloud.title).toMatch(/\(cloud API\)$/);
    expect(cloud.product).toBeNull();
    expect(cloud.headroom).toBeNull();
  });

  it("words titles in French: the cloud API marker and the device count", () => {
    const fr = optionRows(result, "fr");
    const cloud = fr.find((r) => r.kind === "cloud")!;
    const english = rows.find((r) => r.id === cloud.id)!;
    expect(cloud.title).toMatch(/ \(API cloud\)$/);
    expect(cloud.title).toBe(english.title.replace(/ \(cloud API\)$/, " (API cloud)"));
    expect(fr.map((r) => r.title).join(" ")).not.toMatch(/cloud API|devices/);
    expect(fr.find((r) => r.recommended)!.title).toBe(rows.find((r) => r.recommended)!.title);
  });

  it("lists the constraints each option breaks (excludedBecause), without the SLO entries", () => {
    const tight = { ...plan, constraints: { ...plan.constraints, maxMonthlyUsd: 1000 } };
    const r = optionRows(advise(tight));
    expect(r.every((x) => x.violations.some((v) => /above the 1,000 USD budget/.test(v)))).toBe(true);
    expect(r.some((x) => x.recommended)).toBe(false);
  });
});

describe("sortOptionRows", () => {
  it("sorts by cost, headroom (cloud last either way) and TTFT", () => {
    const byCost = sortOptionRows(rows, "cost", "asc");
    expect(
      isSorted(
        byCost.map((r) => r.monthlyCostUsd),
        "asc",
      ),
    ).toBe(true);
    expect(
      isSorted(
        sortOptionRows(rows, "cost", "desc").map((r) => r.monthlyCostUsd),
        "desc",
      ),
    ).toBe(true);

    for (const dir of ["asc", "desc"] as const) {
      const byHeadroom = sortOptionRows(rows, "headroom", dir);
      const firstNull = byHeadroom.findIndex((r) => r.headroom === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(byHeadroom.slice(firstNull).every((r) => r.headroom === null)).toBe(true);
      expect(
        isSorted(
          byHeadroom.slice(0, firstNull).map((r) => r.headroom!),
          dir,
        ),
      ).toBe(true);
    }
    expect(
      isSorted(
        sortOptionRows(rows, "ttft", "asc").map((r) => r.ttftMs),
        "asc",
      ),
    ).toBe(true);
  });

  it("does not mutate its input and breaks ties by cost", () => {
    const copy = [...rows];
    const sorted = sortOptionRows(rows, "ttft", "desc");
    expect(rows).toEqual(copy);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i - 1]!.ttftMs === sorted[i]!.ttftMs)
        expect(sorted[i - 1]!.monthlyCostUsd).toBeLessThanOrEqual(sorted[i]!.monthlyCostUsd);
    }
  });

  it("starts a new column in its natural direction, then flips", () => {
    expect(nextSort({ key: "cost", direction: "asc" }, "headroom")).toEqual({
      key: "headroom",
      direction: "desc",
    });
    expect(nextSort({ key: "headroom", direction: "desc" }, "headroom")).toEqual({
      key: "headroom",
      direction: "asc",
    });
    expect(nextSort({ key: "headroom", direction: "desc" }, "ttft")).toEqual({
      key: "ttft",
      direction: "asc",
    });
  });
});

describe("scenarioFromOption", () => {
  it("makes a valid advisor scenario the plan can apply", () => {
    const s = scenarioFromOption(plan, result.recommended!);
    expect(scenarioSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({ createdBy: "advisor", kind: "self-hosted" });
    expect(s.name.length).toBeLessThanOrEqual(80);
    expect(s.description).toBe(result.recommended!.description);
    const applied = applyScenario(plan, s);
    expect(applied.nodes.filter((n) => n.kind === "llm")).toHaveLength(1);
  });

  it("names options apart, keeps names and ids unique, and tells the kinds apart", () => {
    const first = scenarioFromOption(plan, result.recommended!, "Advisor pick");
    const again = scenarioFromOption({ ...plan, scenarios: [first] }, result.recommended!, "Advisor pick");
    expect(again.id).not.toBe(first.id);
    expect(again.name).toBe("Advisor pick (2)");
    // Two options that differ only by the server product get different names.
    const h100 = result.options.filter((o) => o.deployment.llm.product?.startsWith("hgx-h100"));
    const names = new Set(h100.map(optionScenarioName));
    expect(names.size).toBe(new Set(h100.map((o) => JSON.stringify(o.deployment.llm))).size);
    expect(optionScenarioName(result.recommended!)).toBe(
      "Llama 3.3 70B Instruct FP8, 3 × 2 GPUs, 2 × H100 NVL 94 GB server, vLLM",
    );
    expect(h100.every((o) => optionScenarioName(o).length <= 80)).toBe(true);
    const cloud = result.options.find((o) => o.deployment.kind === "cloud")!;
    // Cloud LLM with self-hosted embeddings: part of the AI layer stays on premises.
    expect(optionScenarioKind(cloud)).toBe(
      cloud.deployment.embeddings.hosting === "self-hosted" ? "hybrid" : "cloud",
    );
    // The Apple Silicon template allows Apple hardware only: every self-hosted option is a Mac cluster (the cloud
    // models are listed too, excluded because its data stays on premises).
    const mac = advise(buildTemplate("mac-cluster")).options.filter(
      (o) => o.deployment.kind === "self-hosted",
    );
    expect(mac.length).toBeGreaterThan(0);
    expect(mac.map(optionScenarioKind)).toEqual(mac.map(() => "mac-cluster"));
    // One with no capacity within the SLOs has no headroom figure, shown as such (not as elastic capacity).
    expect(optionFigures({ ...mac[0]!, headroom: null }).find((f) => f.id === "headroom")).toEqual({
      id: "headroom",
      label: "Headroom at peak",
      value: "none within the SLOs",
      tone: "error",
    });
  });
});

describe("figures", () => {
  it("formats an option's figures in the plan's currency", () => {
    const f = optionFigures(result.recommended!, "EUR", 0.5);
    const monthly = f.find((x) => x.id === "monthly")!;
    expect(monthly.value).toBe(
      `€${Math.round(result.recommended!.monthlyCostUsd * 0.5).toLocaleString("en-US")}`,
    );
    expect(f.find((x) => x.id === "slo")).toMatchObject({ value: "met", tone: "ok" });
    expect(f.find((x) => x.id === "headroom")!.value).toMatch(/^\+\d+%$/);
  });

  it("formats headroom with a sign, and elastic cloud capacity", () => {
    expect(formatHeadroom(0.3149)).toBe("+31%");
    expect(formatHeadroom(-0.0616)).toBe("−6%");
    expect(formatHeadroom(null)).toBe("elastic (cloud)");
    expect(formatHeadroom(null, false)).toBe("none within the SLOs");
    expect(formatHeadroom(-0.003)).toBe("0%");
  });

  it("summarises the search", () => {
    expect(searchedSummary(result.searched)).toMatch(
      /^Searched \d[\d,]* configurations \(\d[\d,]* pruned\), evaluated \d+ as whole plans in [\d.,]+ ms\.$/,
    );
  });
});
