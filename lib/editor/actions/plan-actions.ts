import type { EditorAction } from "./types";

export const commandPaletteAction: EditorAction = {
  id: "command-palette",
  label: "Open the command palette",
  group: "Help",
  shortcuts: ["Mod+K"],
  whileTyping: true,
  perform: ({ ui }) => ui.getState().toggleDialog("commands"),
};

export const shortcutsAction: EditorAction = {
  id: "shortcuts",
  label: "Keyboard shortcuts",
  group: "Help",
  keywords: ["help", "keys"],
  shortcuts: ["?"],
  perform: ({ ui }) => ui.getState().setDialog("shortcuts"),
};

export const historyAction: EditorAction = {
  id: "history",
  label: "Version history",
  group: "Plan",
  keywords: ["versions", "revisions", "restore"],
  needs: "owner",
  perform: ({ ui }) => ui.getState().setDialog("history"),
};

export const shareAction: EditorAction = {
  id: "share",
  label: "Share…",
  group: "Plan",
  keywords: ["link"],
  needs: "owner",
  perform: ({ ui }) => ui.getState().setDialog("share"),
};

export const exportBundleAction: EditorAction = {
  id: "export-bundle",
  label: "Export deployable bundle…",
  group: "Plan",
  keywords: ["kubernetes", "kustomize", "helm", "compose", "prometheus", "zip", "download", "deploy"],
  perform: ({ ui }) => ui.getState().setDialog("export"),
};

export const exportAction: EditorAction = {
  id: "export-json",
  label: "Export plan (JSON)",
  group: "Plan",
  keywords: ["download", "save as", "export"],
  perform: ({ browser }) => browser.exportPlan(),
};
