import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import { componentReports } from "../platform/components";
import { rackLimitKw } from "../policy";
import { rackedUnits, rackLoadsW } from "./facility";

const codes = (p: PlanDocument) => evaluate(p).findings.filter((f) => /rack-power/.test(f.code));

describe("facility limits", () => {
  it("the rack limit is the lower of the power feed and the cooling class", () => {
    expect(rackLimitKw({ rackPowerKw: 15, coolingClass: "air" })).toBe(15);
    expect(rackLimitKw({ rackPowerKw: 30, coolingClass: "air" })).toBe(15);
    expect(rackLimitKw({ rackPowerKw: 30, coolingClass: "rear-door" })).toBe(30);
    expect(rackLimitKw({ rackPowerKw: 150, coolingClass: "liquid" })).toBe(100);
  });

  it("defaults: 15 kW per rack, air cooling", () => {
    const p = parsePlanOrThrow({ ...buildTemplate("self-hosted"), costs: {} });
    expect([p.costs.rackPowerKw, p.costs.coolingClass]).toEqual([15, "air"]);
  });

  it("a server whose rated maximum exceeds the rack limit is an error (DGX H100: 10.2 kW max)", () => {
    const p = buildTemplate("self-hosted");
    const llm = p.nodes.find((n) => n.id === "llm")!;
    llm.serving = { ...llm.serving!, product: "hgx-h100-8", devices: 8 };
    llm.replicas = 1;
    p.costs.rackPowerKw = 10;
    const f = codes(p).find((x) => x.code === "server-exceeds-rack-power")!;
    expect(f.severity).toBe("error");
    expect(f.target).toEqual({ type: "node", id: "llm" });
    expect(f.params).toMatchObject({ kw: 10.2, limitKw: 10 });
    p.costs.rackPowerKw = 11;
    expect(codes(p).some((x) => x.code === "server-exceeds-rack-power")).toBe(false);
  });

  it("racks filled by height: a rack whose total maximum exceeds the limit is a warning, with the racks needed", () => {
    // Enterprise: everything fits one 42U rack by height; its total maximum is the sum of the boxes'.
    const p = buildTemplate("enterprise");
    const units = rackedUnits(p, componentReports(p));
    const loads = rackLoadsW(units);
    const totalW = units.reduce((s, u) => s + u.maxW, 0);
    expect(loads.reduce((s, w) => s + w, 0)).toBe(totalW);
    const f = codes(p).find((x) => x.code === "rack-power-exceeded")!;
    expect(f.severity).toBe("warning");
    expect(f.params!.racksNeeded).toBe(Math.ceil(totalW / 1000 / 15));
    // A rear-door rack at a 30 kW feed holds it.
    p.costs.coolingClass = "rear-door";
    p.costs.rackPowerKw = 30;
    expect(totalW / 1000).toBeLessThan(30);
    expect(codes(p)).toEqual([]);
  });

  it("packs by height: a new rack when the 42U are used up", () => {
    const u = (rackUnits: number, maxW: number) => ({
      nodeId: null,
      label: "x",
      rackUnits,
      maxW,
      typicalOnly: false,
    });
    expect(rackLoadsW([u(20, 1000), u(20, 2000), u(4, 500), u(42, 100)])).toEqual([3000, 500, 100]);
  });
});
