import { describe, expect, it } from "vitest";
import { buildTemplate } from "../templates";
import {
  addComponentCommand,
  applyFixCommand,
  bulkEditCommand,
  deleteCommand,
  duplicateCommand,
  pasteCommand,
} from "./commands";
import { formatText, notice, stackChangesText, textIn, textList, type Text } from "./notices";
import { fieldPathLabel } from "../plan/diff-names";
import { copySelection, duplicateSelection } from "./ops/clipboard";
import { createEditorSession } from "./session";

const NBSP = "\u00a0";

/** A session on `doc` whose announcements are read back in English and in French. */
function session(doc = buildTemplate("enterprise")) {
  const s = createEditorSession("p", doc, { schedule: () => () => undefined });
  const last = (locale: "en" | "fr") => textIn(s.ui.getState().messages.at(-1)!.text, locale);
  return { ...s, last };
}

describe("notices are codes and parameters, rendered in the reader's language", () => {
  it("a plain string passes through; nested notices are rendered first", () => {
    expect(textIn("Renamed", "fr")).toBe("Renamed");
    const nested: Text = notice("undone", { action: notice("pasteLabel") });
    expect(textIn(nested, "en")).toBe("Undone: Paste");
    expect(textIn(nested, "fr")).toBe(`Annulé${NBSP}: Coller`);
    const seen: string[] = [];
    formatText(nested, (key) => (seen.push(key), key));
    expect(seen).toEqual(["pasteLabel", "undone"]);
  });

  it("lists and stack changes read as one phrase, with names (not ids)", () => {
    expect(textIn(textList(["a", "b", "c"]), "en")).toBe("a, b, c");
    expect(textList([])).toBe("");
    const changes = stackChangesText([
      { field: "framework", from: "llama.cpp", to: "vLLM" },
      { field: "precision", from: "GGUF Q4_K_M", to: "FP8" },
    ]);
    expect(textIn(changes, "en")).toBe("framework llama.cpp → vLLM, precision GGUF Q4_K_M → FP8");
    expect(textIn(changes, "fr")).toBe("framework llama.cpp → vLLM, précision GGUF Q4_K_M → FP8");
    const switched = notice("switched", { what: "HGX H200 8-GPU", changes });
    expect(textIn(switched, "fr")).toBe(
      `Passage à HGX H200 8-GPU${NBSP}: framework llama.cpp → vLLM, précision GGUF Q4_K_M → FP8 pour suivre. Annulez avec Ctrl+Z.`,
    );
  });
});

describe("inspector edits", () => {
  it("are labelled by the field's name in the reader's language, never its path", () => {
    const label = (locale: "en" | "fr", path: string) =>
      textIn(notice("editLabel", { field: fieldPathLabel("nodes", path, locale) }), locale);
    expect(label("en", "replicas")).toBe("Edit Replicas");
    expect(label("fr", "replicas")).toMatch(/^Modifier [A-ZÉ]/);
    expect(label("en", "serving.product")).not.toContain("serving.product");
    expect(label("fr", "serving.product")).not.toContain("serving.product");
    for (const [scope, key] of [
      ["workload", "users"],
      ["slos", "maxTtftMs"],
      ["metadata", "environment"],
    ] as const)
      expect(fieldPathLabel(scope, key, "fr"), key).not.toBe(key);
  });
});

describe("editor commands announce notices (en, fr)", () => {
  it("bulk edit: the edit and each node's re-derived stack, named by label; its undo step reads the same", () => {
    const plan = buildTemplate("enterprise");
    const twoLlms = duplicateSelection(plan, { nodes: ["llm"], zones: [] })!.doc;
    const s = session(twoLlms);
    s.editor.getState().select({ nodes: ["llm", "llm-2"] });
    expect(bulkEditCommand(s.editor, { field: "product", productId: "mac-studio-m3-ultra-512" })).toBeNull();
    const [a, b] = ["llm", "llm-2"].map((id) => twoLlms.nodes.find((n) => n.id === id)!.label);
    expect(s.last("en")).toBe(
      `Edit product of 2 components. Re-derived ${a}: framework vLLM → llama.cpp, precision FP8 → GGUF Q4_K_M; ` +
        `${b}: framework vLLM → llama.cpp, precision FP8 → GGUF Q4_K_M. Undo with Ctrl+Z.`,
    );
    expect(s.last("fr")).toBe(
      `Modifier le produit de 2 composants. Recalculé${NBSP}: ${a}${NBSP}: framework vLLM → llama.cpp, ` +
        `précision FP8 → GGUF Q4_K_M${NBSP}; ${b}${NBSP}: framework vLLM → llama.cpp, précision FP8 → GGUF Q4_K_M. ` +
        "Annulez avec Ctrl+Z.",
    );
    expect(s.last("fr")).not.toMatch(/llm-2|mac-studio-m3-ultra-512/);
    s.editor.getState().undo();
    expect(s.last("fr")).toBe(`Annulé${NBSP}: Modifier le produit de 2 composants`);
    s.editor.getState().redo();
    expect(s.last("en")).toBe("Redone: Edit product of 2 components");
  });

  it("paste and duplicate count elements with plurals", () => {
    const s = session();
    s.editor.getState().select({ nodes: ["api"] });
    duplicateCommand(s.editor);
    expect(s.last("en")).toBe("Duplicated 1 element.");
    expect(s.last("fr")).toBe("1 élément dupliqué.");
    const payload = copySelection(s.editor.getState().doc, { nodes: ["api", "frontend"], zones: [] })!;
    pasteCommand(s.editor, payload);
    expect(s.last("en")).toBe("Pasted 2 elements.");
    expect(s.last("fr")).toBe("2 éléments collés.");
  });

  it("delete says what went, with 'and' only between two parts", () => {
    const s = session();
    const edges = s.editor.getState().doc.edges.filter((e) => e.source === "api" || e.target === "api");
    deleteCommand(s.editor, { nodes: ["api"] });
    const count = edges.length;
    expect(s.last("en")).toBe(
      `Deleted 1 element and ${count} connection${count === 1 ? "" : "s"}. Undo with Ctrl+Z.`,
    );
    expect(s.last("fr")).toMatch(
      /^1 élément supprimé et \d+ connexions? supprimées?\. Annulez avec Ctrl\+Z\.$/,
    );
    const edge = s.editor.getState().doc.edges[0]!;
    deleteCommand(s.editor, { edges: [edge.id] });
    expect(s.last("en")).toBe("Deleted 1 connection. Undo with Ctrl+Z.");
  });

  it("adding into a created zone names the zone and its subnet", () => {
    const s = session({ ...buildTemplate("enterprise"), nodes: [], edges: [], zones: [] });
    addComponentCommand(s.editor, "api");
    expect(s.last("en")).toMatch(/^Added Platform API to the App zone \(zone created, subnet [\d./]+\)\.$/);
    expect(s.last("fr")).toMatch(/^Platform API ajouté à la zone App \(zone créée, sous-réseau [\d./]+\)\.$/);
  });

  it("an applied fix says what it did; its refusal says why", () => {
    const s = session();
    const finding = {
      code: "capacity-runs-out",
      severity: "error",
      message: "",
      patch: { op: "set-replicas", nodeId: "llm", replicas: 9 },
    } as unknown as Parameters<typeof applyFixCommand>[1];
    expect(applyFixCommand(s.editor, finding)).toBe(true);
    expect(s.last("en")).toMatch(/^Applied fix — .+: 9 replicas \(was \d+\)\. Undo with Ctrl\+Z\.$/);
    expect(s.last("fr")).toMatch(
      /^Correctif appliqué — .+\u00a0: 9 réplicas \(au lieu de \d+\)\. Annulez avec Ctrl\+Z\.$/,
    );
    const gone = { ...finding, patch: { op: "set-replicas", nodeId: "nope", replicas: 2 } } as typeof finding;
    expect(applyFixCommand(s.editor, gone)).toBe(false);
    expect(s.last("fr")).toBe(
      `Correctif non appliqué${NBSP}: le composant visé par ce correctif n’est plus dans le plan.`,
    );
  });
});
