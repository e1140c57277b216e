import { describe, expect, it } from "vitest";
import { getHardware, getModel } from "../../catalog";
import { cellStats } from "./cells";
import { PUBLIC_SERVING, toPublicCalibrationRow } from "./public-serving";
import { CALIBRATION_ROWS, PUBLIC_SERVING_ROWS } from "./rows";
import { scoreRows } from "./score";

describe("public serving measurements", () => {
  it("have unique ids, a dated source with a URL and an exact metric definition each", () => {
    const ids = PUBLIC_SERVING.rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PUBLIC_SERVING.rows) {
      expect(r.source.url, r.id).toMatch(/^https:\/\//);
      expect(r.metric_definition, r.id).toMatch(/mean|median|p99|steady state|tokens \/ benchmark duration/i);
    }
  });

  it("map onto catalog models and hardware, and stay out of the fitted set", () => {
    for (const row of PUBLIC_SERVING_ROWS) {
      expect(getModel(String(row.request.model)), row.id).toBeDefined();
      expect(getHardware(String(row.request.hardware)), row.id).toBeDefined();
    }
    const fitted = new Set(CALIBRATION_ROWS.map((r) => r.id));
    expect(PUBLIC_SERVING_ROWS.filter((r) => fitted.has(r.id))).toEqual([]);
  });

  it("are answered by the engine: a finite, positive prediction for every row", () => {
    const scored = scoreRows(PUBLIC_SERVING_ROWS);
    for (const r of scored) expect(Number.isFinite(r.predicted) && r.predicted > 0, r.id).toBe(true);
    const cells = cellStats(scored);
    expect(cells.reduce((n, c) => n + c.n, 0)).toBe(scored.length);
    expect(cells.map((c) => c.cell)).toContain("vllm × h200-sxm");
  });

  it("turn a TensorRT-LLM row's stated FP8 KV cache into the request's kvPrecision", () => {
    const row = PUBLIC_SERVING.rows.find((r) => r.engine.name === "tensorrt-llm" && r.kv_cache === "fp8")!;
    expect(toPublicCalibrationRow(row).request).toMatchObject({ kvPrecision: "fp8", concurrency: "max" });
  });

  it("refuse a row whose model the mapping does not know", () => {
    const row = { ...PUBLIC_SERVING.rows[0]!, model: "Falcon 180B" };
    expect(() => toPublicCalibrationRow(row)).toThrow(/no catalog mapping for P001 "Falcon 180B"/);
  });
});
