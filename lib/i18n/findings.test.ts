import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import type { Finding } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { renderFinding } from "./findings";
import { MESSAGES } from "./messages";

/** Plans that between them raise every finding the catalog covers (templates, then broken on purpose). */
function plans(): PlanDocument[] {
  const out = TEMPLATE_IDS.map((id) => buildTemplate(id));
  const broken = (change: (p: PlanDocument) => void) => {
    const p = buildTemplate("production");
    change(p);
    out.push(p);
  };
  broken((p) => (p.metadata.kubernetesVersion = "1.29"));
  broken((p) => {
    p.nodes = p.nodes.filter((n) => n.kind !== "redis" && n.kind !== "lb");
    const ids = new Set(p.nodes.map((n) => n.id));
    p.edges = p.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  });
  broken((p) => {
    p.nodes.find((n) => n.kind === "api")!.replicas = 1;
    p.nodes.find((n) => n.kind === "postgres")!.replicas = 1;
    p.slos.rpoMinutes = 0.5;
    p.slos.rtoHours = 0.01;
  });
  broken((p) => {
    const api = p.nodes.find((n) => n.kind === "api")!;
    api.resources = { ...api.resources, cpuCores: 0.5, memoryGb: 1 };
    p.workload.users = 20_000;
    const pg = p.nodes.find((n) => n.kind === "postgres")!;
    pg.resources = { ...pg.resources, storageGb: 1 };
    pg.replicas = 2;
  });
  // Facility limits: a 1 kW rack holds none of the production template's GPU servers.
  broken((p) => (p.costs.rackPowerKw = 1));
  return out;
}

const all: Finding[] = plans().flatMap((p) => evaluate(p).findings);
const catalogued = all.filter((f) => f.params && f.code in MESSAGES.en.findings);

describe("renderFinding", () => {
  it("exercises every code of the findings catalog", () => {
    const seen = new Set(catalogued.map((f) => f.code));
    expect([...seen].sort()).toEqual(Object.keys(MESSAGES.en.findings).sort());
  });

  it("writes in English exactly what the engine wrote (one text, two sources kept in step)", () => {
    for (const f of catalogued)
      expect(renderFinding(f, "en"), f.code).toEqual({ message: f.message, fix: f.fix });
  });

  it("writes every catalogued finding in French, fully filled, with French number formats", () => {
    for (const f of catalogued) {
      const fr = renderFinding(f, "fr");
      expect(fr.message, f.code).not.toBe(f.message);
      expect(`${fr.message} ${fr.fix}`, f.code).not.toMatch(/[{}]/);
    }
    const users = catalogued.find((f) => f.code === "under-provisioned" && f.params?.users === 20_000)!;
    expect(renderFinding(users, "fr").message).toContain("20\u202f000 utilisateurs");
  });

  it("keeps the engine's text for a finding without params or catalog entry", () => {
    const f: Finding = {
      code: "x-unknown",
      severity: "info",
      target: { type: "plan", id: null },
      message: "m",
      fix: "f",
    };
    expect(renderFinding(f, "fr")).toEqual({ message: "m", fix: "f" });
  });
});
