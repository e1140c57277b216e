import { describe, expect, it } from "vitest";
import { EFFICIENCY_TABLE } from "../llm/efficiency";
import { FITTED } from "../llm/efficiency-fitted";
import { CALIBRATION_ROWS, isFitRow } from "./rows";
import { checkTargets, scoreRows } from "./score";

describe("calibration against public measurements", () => {
  const rows = scoreRows();

  it("maps every measurement to a request the engine can answer", () => {
    expect(CALIBRATION_ROWS.length).toBeGreaterThanOrEqual(121);
    for (const r of rows) expect(Number.isFinite(r.predicted) && r.predicted > 0).toBe(true);
  });

  it.each(checkTargets(rows, "all").map((c) => [c.name, c] as const))("%s", (_name, check) => {
    expect(check.value).toBeLessThanOrEqual(check.limit);
  });

  it.each(
    checkTargets(
      rows.filter((r) => !r.fit),
      "held-out",
    ).map((c) => [c.name, c] as const),
  )("%s (rows the table was never fitted on)", (_name, check) => {
    expect(check.value).toBeLessThanOrEqual(check.limit);
  });

  it("fitted entries list exactly the rows they were fitted on, and those are the fit split", () => {
    for (const [key, f] of Object.entries(FITTED)) {
      expect(f.rows.length).toBeGreaterThan(0);
      for (const id of f.rows) expect(isFitRow(id)).toBe(true);
      expect(EFFICIENCY_TABLE.find((e) => e.key === key)?.basis).toBe("fitted");
    }
  });

  it("every fitted parameter is physical: efficiencies within (0, 0.95], overheads non-negative", () => {
    for (const e of EFFICIENCY_TABLE) {
      for (const k of ["bandwidthEff", "kvBandwidthEff", "gemmEff"] as const) {
        expect(e.params[k]).toBeGreaterThan(0);
        expect(e.params[k]).toBeLessThanOrEqual(0.95);
      }
      expect(e.params.stepOverheadMsPerLayer).toBeGreaterThanOrEqual(0);
      expect(e.params.moeOverheadUsPerExpert).toBeGreaterThanOrEqual(0);
    }
  });
});
