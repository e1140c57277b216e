import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { buildTemplate } from "../templates";
import {
  compactLabelPx,
  DETAIL_ZOOM,
  headlineFigure,
  isCompact,
  minReadableZoom,
  renderedLabelPx,
} from "./lod";

describe("level of detail", () => {
  it("switches to the compact node below the detail zoom", () => {
    expect(isCompact(DETAIL_ZOOM - 0.01)).toBe(true);
    expect(isCompact(DETAIL_ZOOM)).toBe(false);
  });

  it("keeps the compact label at 13 px on screen down to 13 / 28 ≈ 0.46×", () => {
    // 13 / 0.54 = 24.07 flow px → 13 px on screen at the enterprise template's old default fit.
    expect(compactLabelPx(0.54)).toBeCloseTo(24.07, 2);
    expect(renderedLabelPx(0.54)).toBeCloseTo(13, 6);
    expect(renderedLabelPx(0.3)).toBeCloseTo(28 * 0.3, 6); // capped: 8.4 px
    expect(renderedLabelPx(1)).toBe(12); // detail mode: the node's own 12 px
    expect(() => compactLabelPx(0)).toThrow(/zoom/);
  });

  it("the minimum readable zoom gives 11 px labels", () => {
    expect(renderedLabelPx(minReadableZoom())).toBeCloseTo(11, 6);
    expect(renderedLabelPx(minReadableZoom() + 0.05)).toBeGreaterThan(11);
  });

  it("headline figures: tok/s for serving, storage for data stores, cores otherwise", () => {
    const report = evaluate(buildTemplate("enterprise"));
    const llm = report.serving.find((s) => s.mode === "self-hosted")!;
    expect(headlineFigure(report, llm.nodeId)).toMatch(/tok\/s$/);
    const postgres = report.components.find((c) => c.nodeId === "postgres")!;
    expect(headlineFigure(report, "postgres")).toBe(`${(postgres.totalStorageGb / 1000).toFixed(1)} TB`);
    const api = report.components.find((c) => c.nodeId === "api")!;
    expect(headlineFigure(report, "api")).toBe(`${api.totalCpuCores} cores`);
    expect(headlineFigure(report, "no-such-node")).toBeNull();
    expect(headlineFigure(null, llm.nodeId)).toBeNull();
  });
});
