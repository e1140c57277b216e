import { autoLayoutCommand } from "../commands";
import { notice } from "../notices";
import type { EditorAction } from "./types";

export const fitViewAction: EditorAction = {
  id: "fit-view",
  label: "Fit view",
  group: "View",
  keywords: ["zoom", "show all"],
  shortcuts: ["Shift+F"],
  perform: ({ flow }) => flow.fitView(),
};

export const zoomInAction: EditorAction = {
  id: "zoom-in",
  label: "Zoom in",
  group: "View",
  shortcuts: ["+", "="],
  perform: ({ flow }) => flow.zoomIn(),
};

export const zoomOutAction: EditorAction = {
  id: "zoom-out",
  label: "Zoom out",
  group: "View",
  shortcuts: ["-"],
  perform: ({ flow }) => flow.zoomOut(),
};

export const toggleSnapAction: EditorAction = {
  id: "toggle-snap",
  label: "Toggle snap to grid",
  group: "View",
  keywords: ["grid", "align"],
  shortcuts: ["Shift+G"],
  perform: ({ ui }) => {
    const on = !ui.getState().snapToGrid;
    ui.getState().setSnapToGrid(on);
    ui.getState().announce({ tone: "info", text: notice("snap", { on: on ? "yes" : "no" }) });
  },
};

export const toggleCostBadgesAction: EditorAction = {
  id: "toggle-cost-badges",
  label: "Toggle cost badges",
  group: "View",
  keywords: ["cost", "price", "money", "monthly", "badge"],
  shortcuts: ["Shift+C"],
  perform: ({ ui }) => {
    const on = !ui.getState().costBadges;
    ui.getState().setCostBadges(on);
    ui.getState().announce({ tone: "info", text: notice("costBadges", { on: on ? "yes" : "no" }) });
  },
};

export const toggleThemeAction: EditorAction = {
  id: "toggle-theme",
  label: "Toggle dark mode",
  group: "View",
  keywords: ["theme", "light", "dark", "colour"],
  shortcuts: ["Shift+D"],
  perform: ({ browser }) => browser.toggleTheme(),
};

export const autoLayoutAllAction: EditorAction = {
  id: "auto-layout-all",
  label: "Auto-layout: arrange everything",
  group: "Arrange",
  needs: "edit",
  keywords: ["layout", "tidy", "arrange", "replace positions"],
  shortcuts: ["Shift+L"],
  perform: ({ store }) => autoLayoutCommand(store, "all"),
};

export const autoLayoutMissingAction: EditorAction = {
  id: "auto-layout-missing",
  label: "Auto-layout: place new components only",
  group: "Arrange",
  needs: "edit",
  keywords: ["layout", "unpositioned", "keep positions"],
  shortcuts: ["Alt+Shift+L"],
  perform: ({ store }) => autoLayoutCommand(store, "missing"),
};
