import { describe, expect, it } from "vitest";
import { catalogIds, findCatalogEntry, type CatalogKind } from "../../catalog";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { advise } from "./advise";

/** Catalog ids a reader would see as jargon: every id that is not written as such in its own entry's name. */
const KINDS: CatalogKind[] = ["product", "framework", "model", "cloud-model", "hardware", "precision"];
const JARGON_IDS = KINDS.flatMap((kind) =>
  catalogIds(kind).filter((id) => !findCatalogEntry(kind, id)!.name.includes(id)),
);
/** `id` as a whole token (not part of a longer id or word): "l4" in "… l4 …", not in "l40s". */
const asToken = (id: string) =>
  new RegExp(`(?<![\\w.-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-]|\\.\\w)`);

describe("advisor option descriptions", () => {
  it("name models, precisions, frameworks, accelerators and servers, never catalog ids, on every template", () => {
    expect(JARGON_IDS).toEqual(expect.arrayContaining(["gpu-server-1x-l4", "vllm", "llama-3.3-70b", "fp8"]));
    let checked = 0;
    for (const template of TEMPLATE_IDS) {
      const r = advise(buildTemplate(template));
      for (const o of r.options) {
        for (const text of [o.description, ...o.reasons]) {
          const ids = JARGON_IDS.filter((id) => asToken(id).test(text));
          expect(ids, `${template} ${o.id}: ${text}`).toEqual([]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(TEMPLATE_IDS.length);
  });

  it("reads the serving stack in names (the pre-fix text named gpu-server-1x-l4, l4 and vllm)", () => {
    const r = advise(buildTemplate("production"));
    const selfHosted = r.options.find((o) => o.deployment.kind === "self-hosted")!;
    expect(selfHosted.description).toMatch(/ on vLLM · \d+ instances? × \d+ NVIDIA /);
    expect(r.options.map((o) => o.description).join("\n")).toContain("(1 × L4 embedding server)");
  });
});
