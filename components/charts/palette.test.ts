import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STORES } from "@/lib/engine/report-schema";
import {
  allSeriesColors,
  CHART_SURFACE,
  contrastRatio,
  COST_CATEGORY_COLORS,
  costCategoryColor,
  FALLBACK_COLORS,
  STORE_COLORS,
  storeColor,
} from "./palette";

describe("chart palette", () => {
  it("computes WCAG contrast like the spec (black on white = 21, same colour = 1)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("matches the --surface of both themes in app/globals.css", () => {
    const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
    const light = /:root\s*{[^}]*--surface:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    const dark = /:root\[data-theme="dark"\]\s*{[^}]*--surface:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(light?.toLowerCase()).toBe(CHART_SURFACE.light);
    expect(dark?.toLowerCase()).toBe(CHART_SURFACE.dark);
  });

  it("keeps every series colour at >= 3:1 against the chart background in both themes", () => {
    for (const c of allSeriesColors()) {
      expect(contrastRatio(c.light, CHART_SURFACE.light), c.light).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.dark, CHART_SURFACE.dark), c.dark).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives the 7 stores 7 different colours in each theme", () => {
    for (const theme of ["light", "dark"] as const) {
      const colours = STORES.map((s) => storeColor(s, theme));
      expect(new Set(colours).size).toBe(7);
    }
    expect(Object.keys(STORE_COLORS).sort()).toEqual([...STORES].sort());
  });

  it("gives the engine's cost categories distinct colours and unknown ones a stable fallback", () => {
    for (const theme of ["light", "dark"] as const) {
      const colours = Object.keys(COST_CATEGORY_COLORS).map((c) => costCategoryColor(c, theme));
      expect(new Set(colours).size).toBe(colours.length);
    }
    expect(costCategoryColor("licences", "dark", 2)).toBe(FALLBACK_COLORS[2]!.dark);
    expect(costCategoryColor("licences", "light", FALLBACK_COLORS.length + 1)).toBe(
      FALLBACK_COLORS[1]!.light,
    );
  });
});
