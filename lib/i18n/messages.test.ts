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

/** The ICU arguments of a message ("{name}", "{n, plural, …}"), so a translation cannot drop one. */
const argsOf = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

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
