import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTree } from "./file-tree";
import { highlightHtml, languageOf, type Language } from "./highlight";

const LANGUAGES: Language[] = ["yaml", "json", "markdown", "ini", "bash", "text"];
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
};
/** The text a browser shows for the HTML: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|#x27);/g, (e) => ENTITIES[e]!);

describe("preview highlighting", () => {
  it("shows exactly the file's text in every language, markup escaped (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...LANGUAGES), (text, language) => {
        const html = highlightHtml(text, language);
        expect(textOf(html)).toBe(text);
        expect(html).not.toMatch(/<(?!\/?span[ >])/);
      }),
      { numRuns: 500 },
    );
  });

  it("marks YAML keys, strings, numbers and comments; JSON keys apart from values; Markdown headings", () => {
    const yaml = highlightHtml('# c\nspec:\n  replicas: 4\n  - name: "x"\n', "yaml");
    expect(yaml).toContain('<span class="hljs-comment"># c</span>');
    expect(yaml).toContain('<span class="hljs-attr">replicas:</span>');
    expect(yaml).toContain('<span class="hljs-number">4</span>');
    expect(yaml).toContain('<span class="hljs-string">&quot;x&quot;</span>');
    const json = highlightHtml('{"a": "b", "n": 1}', "json");
    expect(json).toContain('<span class="hljs-attr">&quot;a&quot;</span>');
    expect(json).toContain('<span class="hljs-string">&quot;b&quot;</span>');
    expect(highlightHtml("# Title\nuse `kubectl`\n", "markdown")).toContain(
      '<span class="hljs-section"># Title</span>',
    );
    expect(highlightHtml("<script>x</script>", "text")).toBe("&lt;script&gt;x&lt;/script&gt;");
  });

  it("picks the language by file name", () => {
    expect(languageOf("helm/values.schema.json")).toBe("json");
    expect(languageOf("monitoring/alerts.rules.yml")).toBe("yaml");
    expect(languageOf("compose/.env.example")).toBe("ini");
    expect(languageOf("report/bill-of-materials.csv")).toBe("text");
    expect(languageOf("README.md")).toBe("markdown");
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
