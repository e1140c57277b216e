import { describe, expect, it, vi } from "vitest";
import { textIn } from "./notices";
import { getProduct, getModel } from "../catalog";
import { buildTemplate, emptyPlan } from "../templates";
import {
  ACTIONS,
  actionForKey,
  filterActions,
  getAction,
  paletteActions,
  type ActionContext,
} from "./actions/registry";
import { addComponentCommand, connectCommand } from "./commands";
import { matchesShortcut, parseShortcut, shortcutLabel } from "./keyboard";
import { allowedTargets, connectNodes } from "./ops/connect";
import { applyHardware, applyModel, applyProduct } from "./ops/serving";
import { immediately } from "./derived-report";
import { createEditorSession } from "./session";

function context(doc = buildTemplate("enterprise")) {
  const { editor: store, ui } = createEditorSession("plan", doc, { schedule: immediately });
  let clipboard: string | null = null;
  const ctx: ActionContext = {
    store,
    ui,
    flow: { fitView: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn() },
    browser: {
      toggleTheme: vi.fn(),
      exportPlan: vi.fn(),
      writeClipboard: async (t) => {
        clipboard = t;
        return true;
      },
      readClipboard: async () => clipboard,
    },
  };
  return { store, ui, ctx };
}
const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  target: null,
});

describe("keyboard map", () => {
  it("parses and matches Mod, Ctrl, Shift and symbol keys", () => {
    expect(parseShortcut("Mod+Shift+Z")).toMatchObject({ key: "Z", mod: true, shift: true });
    expect(parseShortcut("+")).toMatchObject({ key: "+", mod: false });
    expect(parseShortcut("Mod++")).toMatchObject({ key: "+", mod: true });
    expect(matchesShortcut(key("z", { ctrl: true }), "Mod+Z", false)).toBe(true);
    expect(matchesShortcut(key("z", { meta: true }), "Mod+Z", true)).toBe(true);
    expect(matchesShortcut(key("z", { ctrl: true }), "Mod+Z", true)).toBe(false);
    expect(matchesShortcut(key("Z", { ctrl: true, shift: true }), "Mod+Z", false)).toBe(false);
    expect(matchesShortcut(key("?", { shift: true }), "?", false)).toBe(true);
    expect(shortcutLabel("Mod+Shift+Z", true)).toBe("⇧⌘Z");
    expect(shortcutLabel("Mod+Shift+Z", false)).toBe("Ctrl+Shift+Z");
  });

  it("finds the action for a key, honouring enabled()", () => {
    const { store } = context();
    expect(actionForKey(key("z", { ctrl: true }), store.getState(), false)).toBeUndefined(); // nothing to undo
    expect(actionForKey(key("y", { ctrl: true }), store.getState(), false)).toBeUndefined();
    expect(actionForKey(key("k", { ctrl: true }), store.getState(), false)?.id).toBe("command-palette");
    expect(actionForKey(key("?", { shift: true }), store.getState(), false)?.id).toBe("shortcuts");
    const shortcuts = ACTIONS.flatMap((a) => a.shortcuts ?? []);
    expect(new Set(shortcuts).size).toBe(shortcuts.length); // no shortcut bound twice
  });
});

describe("actions", () => {
  it("undo/redo through actions and Ctrl+Y", async () => {
    const { store, ctx } = context();
    addComponentCommand(store, "redis");
    expect(store.getState().doc.nodes.some((n) => n.id === "redis-2")).toBe(true);
    const undo = actionForKey(key("z", { ctrl: true }), store.getState(), false)!;
    await undo.perform(ctx);
    expect(store.getState().doc.nodes.some((n) => n.id === "redis-2")).toBe(false);
    await actionForKey(key("y", { ctrl: true }), store.getState(), false)!.perform(ctx);
    expect(store.getState().doc.nodes.some((n) => n.id === "redis-2")).toBe(true);
  });

  it("copy then paste selects the pasted copies; delete removes nodes with their edges", async () => {
    const { store, ctx } = context();
    store.getState().select({ nodes: ["api", "postgres"] });
    await getAction("copy")!.perform(ctx);
    await getAction("paste")!.perform(ctx);
    expect(store.getState().selection.nodes).toEqual(["api-2", "postgres-2"]);
    await getAction("delete")!.perform(ctx);
    expect(store.getState().doc.nodes.some((n) => n.id === "api-2")).toBe(false);
    expect(store.getState().doc.edges.some((e) => e.source === "api-2")).toBe(false);
    expect(store.getState().history.past).toHaveLength(2);
  });

  it("command palette lists add and connect commands and filters them", () => {
    const { store } = context(emptyPlan());
    addComponentCommand(store, "api");
    addComponentCommand(store, "postgres");
    const all = paletteActions(store.getState());
    expect(all.some((a) => a.label === "Add PostgreSQL 17")).toBe(true);
    const connect = filterActions(all, "connect postgres");
    expect(connect[0]?.label).toBe("Connect Platform API → PostgreSQL 17");
    // In French the palette shows (and matches) the names of run-time actions in French.
    const french = (a: (typeof all)[number]) => (a.title ? textIn(a.title, "fr") : a.label);
    const connecter = filterActions(all, "connecter postgres", french);
    expect(connecter.map(french)[0]).toBe("Connecter Platform API → PostgreSQL 17");
    expect(french(filterActions(all, "ajouter postgres", french)[0]!)).toBe("Ajouter PostgreSQL 17");
  });

  it("view actions call the viewport and the theme", async () => {
    const { ctx } = context();
    await getAction("fit-view")!.perform(ctx);
    await getAction("toggle-theme")!.perform(ctx);
    expect(ctx.flow.fitView).toHaveBeenCalled();
    expect(ctx.browser.toggleTheme).toHaveBeenCalled();
  });

  it("dialog and snap actions change the UI store, never the document or its history", async () => {
    const { store, ui, ctx } = context();
    const doc = store.getState().doc;
    await getAction("command-palette")!.perform(ctx);
    expect(ui.getState().dialog).toBe("commands");
    await getAction("command-palette")!.perform(ctx);
    expect(ui.getState().dialog).toBeNull();
    await getAction("export-bundle")!.perform(ctx);
    expect(ui.getState().dialog).toBe("export");
    await getAction("toggle-snap")!.perform(ctx);
    expect(ui.getState().snapToGrid).toBe(false);
    expect(textIn(ui.getState().messages.at(-1)!.text, "en")).toBe("Snap to grid off.");
    expect(textIn(ui.getState().messages.at(-1)!.text, "fr")).toBe("Magnétisme de la grille désactivé.");
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe("connections", () => {
  it("refuses a denied flow with why and what to do, and allows the reverse", () => {
    const { store, ui } = context(emptyPlan());
    addComponentCommand(store, "api");
    addComponentCommand(store, "postgres");
    expect(connectCommand(store, "postgres", "api")).toBe(false);
    const refusal = ui.getState().messages.at(-1)!;
    expect(refusal.tone).toBe("error");
    expect(textIn(refusal.text, "en")).toContain("PostgreSQL 17 → Platform API is denied");
    expect(textIn(refusal.detail!, "en")).toContain("Draw it the other way");
    // The refusal in French, words and names alike (no English sentence left).
    expect(textIn(refusal.text, "fr")).toBe(
      "Connexion refusée\u00a0: Le flux PostgreSQL 17 → Platform API est refusé\u00a0: le pare-feu de référence n’autorise que les flux listés (refus par défaut).",
    );
    expect(textIn(refusal.detail!, "fr")).toContain("Tracez-le dans l’autre sens");
    expect(connectCommand(store, "api", "postgres")).toBe(true);
    expect(store.getState().doc.edges[0]).toMatchObject({
      source: "api",
      target: "postgres",
      port: 5432,
      linkClass: "cross-zone",
    });
  });

  it("uses the next free port and lists only allowed targets", () => {
    const doc = buildTemplate("enterprise");
    const noEdges = { ...doc, edges: [] };
    const first = connectNodes(noEdges, "frontend", "api");
    expect(first.ok && first.edge.port).toBe(4666);
    const second = first.ok ? connectNodes(first.doc, "frontend", "api") : null;
    expect(second?.ok && second.edge.port).toBe(5001);
    const third = second?.ok ? connectNodes(second.doc, "frontend", "api") : null;
    expect(third?.ok).toBe(false);
    expect(third && !third.ok && third.message).toBe(
      "Web frontend → Platform API is already connected on 4666 and 5001.",
    );
    expect(third && !third.ok && textIn(third.reason, "fr")).toBe(
      "Web frontend → Platform API est déjà connecté sur 4666 et 5001.",
    );
    expect(allowedTargets(noEdges, "frontend").map((n) => n.id)).toEqual(["api"]);
    expect(allowedTargets(doc, "frontend")).toEqual([]); // already fully connected
  });
});

describe("serving choices", () => {
  const base = buildTemplate("enterprise").nodes.find((n) => n.id === "llm")!.serving!;
  it("refuses an embedding model on an LLM node, in English and in French", () => {
    const embedding = buildTemplate("enterprise").nodes.find((n) => n.id === "embeddings")!.serving!;
    const r = applyModel(base, getModel(embedding.model as string)!, "llm");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/is an embedding model: put it on an embedding node instead\.$/);
    expect(textIn(r.reason, "fr")).toMatch(
      /est un modèle d’embeddings\u00a0: placez-le plutôt sur un nœud d’embeddings\.$/,
    );
  });

  it("a product sets hardware, devices per server and a framework that runs on it", () => {
    const l4 = applyProduct(base, getProduct("gpu-server-1x-l4")!);
    expect(l4.ok && l4.serving).toMatchObject({
      hardware: "l4",
      devices: 1,
      devicesPerNode: 1,
      framework: "vllm",
    });
    // Another hardware family: Apple's default stack (llama.cpp, GGUF Q4_K_M for an LLM), with the notice's list.
    const mac = applyProduct(base, getProduct("mac-studio-m3-ultra-512")!);
    expect(mac.ok && mac.serving).toMatchObject({
      hardware: "m3-ultra",
      memoryGb: 512,
      framework: "llama.cpp",
      precision: "q4_k_m",
    });
    expect(mac.ok && mac.changes.map((c) => c.field)).toEqual(["framework", "precision"]);
    expect(applyProduct(base, getProduct("cpu-server-32c-128g")!).ok).toBe(false);
  });

  it("hardware drops the product; models must match the node kind", () => {
    expect(applyHardware(base, "l4")).not.toHaveProperty("product");
    expect(applyModel(base, getModel("e5-mistral-7b-instruct")!, "llm").ok).toBe(false);
    const qwen = applyModel(base, getModel("qwen2.5-72b")!, "llm");
    expect(qwen.ok && qwen.serving.model).toBe("qwen2.5-72b");
  });
});
