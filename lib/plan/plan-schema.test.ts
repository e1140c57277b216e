import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { CURRENT_SCHEMA_VERSION } from "./plan-schema";
import { buildTemplate } from "../templates";

const minimal = { schemaVersion: CURRENT_SCHEMA_VERSION, metadata: { name: "A plan" } };

describe("plan schema", () => {
  it("accepts a minimal document and fills every default", () => {
    const r = parsePlan(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.workload.users).toBe(1000);
    expect(r.value.workload.documentsPerUser).toBe(500);
    expect(r.value.workload.averageDocumentSizeMb).toBe(10);
    expect(r.value.slos.rpoMinutes).toBe(15);
    expect(r.value.slos.rtoHours).toBe(4);
    expect(r.value.metadata.namespacePrefix).toBe("devana");
    expect(r.value.metadata.kubernetesVersion).toBe("1.31");
    expect(r.value.nodes).toEqual([]);
  });

  it("names the JSON path and the expected value of a bad field", () => {
    const r = parsePlan({
      ...minimal,
      workload: { users: -5, activeShareAtPeak: 2 },
      metadata: { name: "x", environment: "prod" },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, i.message]));
    expect(byPath["$.workload.users"]).toMatch(/>=\s*1|greater than or equal to 1/i);
    expect(byPath["$.workload.activeShareAtPeak"]).toMatch(/<=\s*1|less than or equal to 1/i);
    expect(byPath["$.metadata.environment"]).toMatch(/dev.*staging.*production/);
  });

  it("rejects unknown keys (a misspelt field is never silently dropped)", () => {
    const r = parsePlan({ ...minimal, workload: { user: 10 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe("$.workload");
  });

  it("requires serving on llm nodes and refuses it elsewhere", () => {
    const r = parsePlan({
      ...minimal,
      nodes: [
        { id: "llm", kind: "llm", label: "LLM" },
        {
          id: "api",
          kind: "api",
          label: "API",
          serving: { hardware: "l4", model: "llama-3.1-8b", precision: "bf16", framework: "vllm" },
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["$.nodes[0].serving", "$.nodes[1].serving"]),
    );
  });

  it("checks ids, zones and edge ends", () => {
    const r = parsePlan({
      ...minimal,
      zones: [{ id: "app", kind: "app", label: "App", cidr: "10.0.10.0/24" }],
      nodes: [
        { id: "api", kind: "api", label: "API", zoneId: "nowhere" },
        { id: "api", kind: "frontend", label: "FE", zoneId: "app" },
      ],
      edges: [{ id: "e1", source: "api", target: "ghost", port: 4666 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toContain("$.nodes[1].id");
    expect(paths).toContain("$.nodes[0].zoneId");
    expect(paths).toContain("$.edges[0].target");
  });

  it("names the nearest catalog ids for an unknown one", () => {
    const doc = buildTemplate("production");
    const llm = doc.nodes.find((n) => n.kind === "llm")!;
    llm.serving = { ...llm.serving!, precision: "fp9", hardware: "h100" };
    const r = parsePlan(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const index = doc.nodes.indexOf(llm);
    const precision = r.issues.find((i) => i.path === `$.nodes[${index}].serving.precision`);
    expect(precision?.message).toMatch(/fp9.*fp8/);
    const hardware = r.issues.find((i) => i.path === `$.nodes[${index}].serving.hardware`);
    expect(hardware?.message).toMatch(/h100-sxm|h100-pcie/);
  });

  it("is stable under JSON round-trip", () => {
    for (const id of ["minimal", "enterprise", "mac-cluster"] as const) {
      const once = buildTemplate(id);
      const twice = parsePlan(JSON.parse(JSON.stringify(once)));
      expect(twice.ok).toBe(true);
      if (twice.ok) expect(twice.value).toEqual(once);
    }
  });

  it("refuses a document from a newer Stackplan", () => {
    const r = parsePlan({ ...minimal, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ path: "$.schemaVersion", message: expect.stringMatching(/newer/) });
  });
});
