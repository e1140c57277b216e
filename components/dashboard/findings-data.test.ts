import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/engine/report-schema";
import { referenceMacReport } from "@/components/charts/test-reports";
import {
  findingsSummary,
  groupFindings,
  severityCounts,
  visibleGroups,
  type Severity,
} from "./findings-data";

const f = (severity: Severity, code: string): Finding => ({
  code,
  severity,
  target: { type: "node", id: code },
  message: `${code} message`,
  fix: `${code} fix`,
});

describe("findings grouping", () => {
  const findings = [f("info", "i1"), f("error", "e1"), f("warning", "w1"), f("error", "e2")];

  it("groups errors, warnings, info in that order, keeping the report's order within a group", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.label, g.findings.map((x) => x.code)])).toEqual([
      ["Errors", ["e1", "e2"]],
      ["Warnings", ["w1"]],
      ["Info", ["i1"]],
    ]);
    expect(severityCounts(findings)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(findingsSummary(severityCounts(findings))).toBe("2 errors, 1 warning, 1 info");
  });

  it("filters by the severities switched on and hides empty groups", () => {
    const groups = groupFindings([f("error", "e1"), f("info", "i1")]);
    expect(
      visibleGroups(groups, new Set<Severity>(["error", "warning", "info"])).map((g) => g.severity),
    ).toEqual(["error", "info"]);
    expect(visibleGroups(groups, new Set<Severity>(["info"])).map((g) => g.severity)).toEqual(["info"]);
    expect(visibleGroups(groups, new Set<Severity>())).toEqual([]);
  });

  it("no findings", () => {
    expect(groupFindings([]).every((g) => g.findings.length === 0)).toBe(true);
    expect(findingsSummary(severityCounts([]))).toBe("0 errors, 0 warnings, 0 info");
  });

  it("the reference Mac quote: the SLO error on the LLM node comes first", () => {
    const groups = groupFindings(referenceMacReport().findings);
    const first = groups[0]!.findings[0]!;
    expect(first).toMatchObject({
      code: "slo-not-met",
      severity: "error",
      target: { type: "node", id: "llm" },
    });
  });
});
