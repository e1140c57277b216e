import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTree } from "./file-tree";
import { highlight, languageOf, type Language } from "./highlight";

const LANGUAGES: Language[] = ["yaml", "json", "markdown", "csv", "text"];
const join = (tokens: { text: string }[]) => tokens.map((t) => t.text).join("");

describe("preview highlighting", () => {
  it("is lossless for any text in every language (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...LANGUAGES), (text, language) => {
        expect(join(highlight(text, language))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("marks YAML keys, strings, numbers and comments", () => {
    const tokens = highlight('# c\nspec:\n  replicas: 4\n  - name: "x"\n', "yaml");
    expect(tokens).toContainEqual({ kind: "comment", text: "# c" });
    expect(tokens).toContainEqual({ kind: "key", text: "replicas" });
    expect(tokens).toContainEqual({ kind: "number", text: "4" });
    expect(tokens).toContainEqual({ kind: "string", text: '"x"' });
  });

  it("marks JSON keys apart from string values; Markdown headings and code; CSV header", () => {
    expect(
      highlight('{"a": "b", "n": 1}', "json")
        .filter((t) => t.kind === "key")
        .map((t) => t.text),
    ).toEqual(['"a"', '"n"']);
    const md = highlight("# Title\nuse `kubectl`\n", "markdown");
    expect(md[0]).toEqual({ kind: "heading", text: "# Title" });
    expect(md).toContainEqual({ kind: "code", text: "`kubectl`" });
    expect(highlight('a,b\r\n1,"x,y"\r\n', "csv")).toContainEqual({ kind: "string", text: '"x,y"' });
    expect(languageOf("helm/values.schema.json")).toBe("json");
    expect(languageOf("compose/.env.example")).toBe("text");
  });

  it("builds the file tree with folders first", () => {
    const tree = buildTree([
      "README.md",
      "kubernetes/base/a.yaml",
      "kubernetes/overlays/dev/kustomization.yaml",
      "helm/values.yaml",
    ]);
    expect(tree.map((n) => n.name)).toEqual(["helm", "kubernetes", "README.md"]);
    expect(tree[1]!.children!.map((n) => n.path)).toEqual(["kubernetes/base/", "kubernetes/overlays/"]);
  });
});
