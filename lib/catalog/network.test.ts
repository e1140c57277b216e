import { describe, expect, it } from "vitest";
import { checkConnection, latencyLimitFor } from "./network";

describe("connection validator", () => {
  it("allows the spec's firewall flows", () => {
    expect(checkConnection("api", "postgres", 5432)).toMatchObject({ ok: true });
    expect(checkConnection("frontend", "api")).toMatchObject({ ok: true, port: 4666 });
    expect(checkConnection("odin", "embeddings", 8000)).toMatchObject({ ok: true });
  });

  it("refuses a denied flow and says who may make it", () => {
    const r = checkConnection("frontend", "postgres");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("flow-denied");
      expect(r.message).toMatch(/Web frontend → PostgreSQL 17 is denied/);
      expect(r.fix).toMatch(/Only Platform API may call PostgreSQL 17/);
    }
  });

  it("suggests the reverse direction when the flow exists the other way", () => {
    const r = checkConnection("postgres", "api");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fix).toMatch(/Platform API → PostgreSQL 17/);
  });

  it("refuses the wrong port", () => {
    const r = checkConnection("api", "redis", 5432);
    expect(r).toMatchObject({ ok: false, code: "port-not-allowed" });
  });

  it("refuses self-loops and nothing may call the load balancer", () => {
    expect(checkConnection("api", "api")).toMatchObject({ ok: false, code: "self-loop" });
    const r = checkConnection("api", "lb");
    expect(r.ok).toBe(false);
  });

  it("knows the spec's latency limits in both directions", () => {
    expect(latencyLimitFor("postgres", "api")).toMatchObject({ maxMs: 10, optimalMs: 2 });
    expect(latencyLimitFor("api", "redis")).toMatchObject({ maxMs: 5 });
    expect(latencyLimitFor("odin", "s3")).toBeUndefined();
  });
});
