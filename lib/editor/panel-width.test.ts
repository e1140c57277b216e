import { describe, expect, it } from "vitest";
import {
  clampPanelWidth,
  isWide,
  PANEL_MIN_PX,
  PANEL_WIDE_PX,
  panelMaxPx,
  parseStoredWidth,
  widthAfterKey,
} from "./panel-width";

describe("side panel width", () => {
  it("stays between the minimum and what leaves the canvas 360 px", () => {
    // 1440 − 220 palette − 360 canvas = 860
    expect(panelMaxPx(1440)).toBe(860);
    expect(clampPanelWidth(2000, 1440)).toBe(860);
    expect(clampPanelWidth(100, 1440)).toBe(PANEL_MIN_PX);
    expect(clampPanelWidth(500.4, 1440)).toBe(500);
    expect(panelMaxPx(600)).toBe(PANEL_MIN_PX); // a narrow window never goes below the minimum
  });

  it("keyboard: arrows by 24 px (Shift 96), Home / End to the limits; other keys do nothing", () => {
    expect(widthAfterKey("ArrowLeft", false, 400, 1440)).toBe(424);
    expect(widthAfterKey("ArrowRight", true, 400, 1440)).toBe(320);
    expect(widthAfterKey("Home", false, 400, 1440)).toBe(PANEL_MIN_PX);
    expect(widthAfterKey("End", false, 400, 1440)).toBe(860);
    expect(widthAfterKey("a", false, 400, 1440)).toBeNull();
  });

  it("reads back only valid stored widths", () => {
    expect(parseStoredWidth("640")).toBe(640);
    expect(parseStoredWidth(null)).toBeNull();
    expect(parseStoredWidth("wide")).toBeNull();
    expect(parseStoredWidth("12")).toBeNull();
    expect(isWide(PANEL_WIDE_PX)).toBe(true);
    expect(isWide(null)).toBe(false);
  });
});
