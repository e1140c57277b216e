import { describe, expect, it } from "vitest";
import { textIn } from "../notices";
import { evaluate } from "../../engine/evaluate";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { applyFindingPatch } from "./fix";

describe("apply fix", () => {
  it("every fixable finding of every template disappears once its patch is applied", () => {
    let applied = 0;
    for (const id of TEMPLATE_IDS) {
      const doc = buildTemplate(id);
      for (const f of evaluate(doc).findings.filter((x) => x.patch)) {
        const result = applyFindingPatch(doc, f.patch!);
        expect(result.ok, `${id} ${f.code}`).toBe(true);
        if (!result.ok) continue;
        const again = evaluate(result.doc).findings;
        const same = again.filter(
          (x) => x.code === f.code && x.target.id === f.target.id && x.message === f.message,
        );
        expect(same, `${id} ${f.code}`).toEqual([]);
        applied++;
      }
    }
    expect(applied).toBeGreaterThanOrEqual(2); // enterprise's capacity-runs-out, production's / mac-cluster's no-monitoring
  });

  it("raising replicas says from what to what (en, fr); a vanished node is refused", () => {
    const doc = buildTemplate("enterprise");
    const r = applyFindingPatch(doc, { op: "set-replicas", nodeId: "llm", replicas: 9 });
    expect(r.ok && textIn(r.label, "en")).toMatch(/^.+: 9 replicas \(was \d+\)$/);
    expect(r.ok && textIn(r.label, "fr")).toMatch(/^.+\u00a0: 9 réplicas \(au lieu de \d+\)$/);
    expect(r.ok && r.doc.nodes.find((n) => n.id === "llm")!.replicas).toBe(9);
    const gone = applyFindingPatch(doc, { op: "set-replicas", nodeId: "nope", replicas: 2 });
    expect(gone.ok || textIn(gone.message, "en")).toMatch(/no longer in the plan/);
  });

  it("a missing component is added to its zone", () => {
    const doc = buildTemplate("production");
    const r = applyFindingPatch(doc, { op: "add-component", kind: "monitoring" });
    expect(r.ok && r.doc.nodes.some((n) => n.kind === "monitoring")).toBe(true);
    expect(applyFindingPatch(doc, { op: "add-component", kind: "warp-drive" }).ok).toBe(false);
  });
});
