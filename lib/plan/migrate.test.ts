import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { CURRENT_SCHEMA_VERSION } from "./plan-schema";

describe("schema-version migration", () => {
  const v1 = {
    schemaVersion: 1,
    name: "Prototype",
    description: "from the first prototype",
    environment: "staging",
    users: 250,
    nodes: [
      { id: "web", type: "frontend", x: 10, y: 20 },
      { id: "backend", type: "backend", label: "Backend", x: 200, y: 20, replicas: 2 },
      { id: "db", type: "postgres", x: 400, y: 20 },
      { id: "gen", type: "vllm", x: 400, y: 200 },
    ],
    edges: [
      { from: "web", to: "backend" },
      { from: "backend", to: "db", port: 5432 },
      { from: "backend", to: "gen" },
    ],
  };

  it("upgrades a version 1 document to the current version", () => {
    const r = parsePlan(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const plan = r.value;
    expect(plan.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(plan.metadata).toMatchObject({ name: "Prototype", environment: "staging" });
    expect(plan.workload.users).toBe(250);
    expect(plan.nodes.map((n) => [n.id, n.kind, n.zoneId])).toEqual([
      ["web", "frontend", "app"],
      ["backend", "api", "app"],
      ["db", "postgres", "data"],
      ["gen", "llm", "ai"],
    ]);
    expect(plan.nodes[1]!.replicas).toBe(2);
    expect(plan.nodes[3]!.serving?.model).toBe("llama-3.3-70b");
    expect(plan.edges.map((e) => `${e.source}->${e.target}:${e.port}`)).toEqual([
      "web->backend:4666",
      "backend->db:5432",
      "backend->gen:8000",
    ]);
    expect(plan.zones.map((z) => z.id)).toEqual(["app", "data", "ai"]);
  });

  it("reports what a broken version 1 document lacks with its path", () => {
    const r = parsePlan({ ...v1, nodes: [{ id: "x", type: "teleporter" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path === "$.nodes[0].kind")).toBe(true);
  });

  it("an upgraded document is stable: upgrading its JSON again changes nothing", () => {
    const r = parsePlan(v1);
    if (!r.ok) throw new Error("v1 did not parse");
    const again = parsePlan(JSON.parse(JSON.stringify(r.value)));
    expect(again.ok && again.value).toEqual(r.value);
  });
});
