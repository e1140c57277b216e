import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { MESSAGES, NAMESPACES } from "./messages";

const ROOT = join(__dirname, "..", "..", "messages");

/** "a.b.c" for every leaf of a message tree (the keys a translation must provide). */
function leafKeys(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The ICU arguments of a message ("{name}", "{n, plural, one {…} other {…}}", nested), so a translation cannot drop
 * or invent one. Branch bodies of plural/select are messages themselves; their keys are not arguments.
 */
function argsOf(text: string): string[] {
  const found: string[] = [];
  const walk = (from: number): number => {
    let i = from;
    while (i < text.length && text[i] !== "}") {
      if (text[i] !== "{") {
        i += 1;
        continue;
      }
      const head = /^\{\s*(\w+)\s*(?:,\s*(\w+))?/.exec(text.slice(i))!;
      found.push(head[1]!);
      i += head[0].length;
      if (head[2] === "plural" || head[2] === "select" || head[2] === "selectordinal") {
        // ", key {body} key {body}…}"
        while (text[i] !== "}") {
          const open = text.indexOf("{", i);
          i = walk(open + 1) + 1;
          while (text[i] === " ") i += 1;
        }
      } else i = text.indexOf("}", i);
      i += 1;
    }
    return i;
  };
  walk(0);
  return found.sort();
}

describe("message catalogs", () => {
  it("registers every file of every locale folder, and only those", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(join(ROOT, locale)).filter((f) => f.endsWith(".json"));
      expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)("gives %s the same keys and arguments in English and French", (ns) => {
    const en = MESSAGES.en[ns];
    const fr = MESSAGES.fr[ns];
    expect(leafKeys(fr).sort()).toEqual(leafKeys(en).sort());
    for (const key of leafKeys(en)) {
      const get = (tree: unknown) =>
        key.split(".").reduce<unknown>((t, k) => (t as Record<string, unknown>)[k], tree) as string;
      expect(new Set(argsOf(get(fr))), `${ns}.${key}`).toEqual(new Set(argsOf(get(en))));
      expect(get(fr).trim(), `${ns}.${key} is empty in French`).not.toBe("");
    }
  });
});
