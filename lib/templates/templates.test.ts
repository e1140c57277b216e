import { describe, expect, it } from "vitest";
import { policyReplicas } from "../engine/platform/serving-capacity";
import { demandAt } from "../engine/platform/workload";
import { checkConnection, FLOW_RULES } from "../catalog/network";
import { evaluate } from "../engine/evaluate";
import { parsePlan } from "../plan/parse";
import { buildTemplate, TEMPLATE_IDS, TEMPLATES } from "./index";
import { SPEC_TIERS } from "../catalog/spec-tiers";

const kinds = (id: (typeof TEMPLATE_IDS)[number]) =>
  buildTemplate(id)
    .nodes.map((n) => n.kind)
    .sort();

/** The spec's production firewall (docs/reference-platform.md §4), flow by flow. */
const SPEC_FIREWALL = [
  "lb->frontend:3000",
  "frontend->api:4666",
  "frontend->api:5001",
  "lb->api:4666",
  "api->postgres:5432",
  "api->chroma:8000",
  "api->redis:6379",
  "api->odin:3003",
  "api->llm:8000",
  "odin->embeddings:8000",
];
const PLANNER_FLOWS = [
  "api->meili:7700",
  "api->s3:9000",
  "odin->s3:9000",
  "odin->chroma:8000",
  "odin->meili:7700",
  "odin->redis:6379",
];

function flows(id: (typeof TEMPLATE_IDS)[number]): string[] {
  const plan = buildTemplate(id);
  const kindOf = new Map(plan.nodes.map((n) => [n.id, n.kind]));
  return plan.edges.map((e) => `${kindOf.get(e.source)}->${kindOf.get(e.target)}:${e.port}`).sort();
}

describe("templates", () => {
  it.each(TEMPLATE_IDS)("%s parses and survives a JSON round-trip", (id) => {
    const plan = buildTemplate(id);
    const again = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(again.ok).toBe(true);
    expect(plan.metadata.templateId).toBe(id);
    expect(plan.workload.users).toBe(TEMPLATES[id].defaultUsers);
  });

  it("minimal has exactly the spec's minimal-tier components (plus the LLM provider) and totals 11 cores, 28 GB, 740 GB", () => {
    expect(kinds("minimal")).toEqual([
      "api",
      "chroma",
      "cloud-llm",
      "cloud-llm",
      "frontend",
      "meili",
      "odin",
      "postgres",
      "redis",
      "s3",
    ]);
    const platform = buildTemplate("minimal").nodes.filter((n) => n.kind !== "cloud-llm");
    const sum = (f: (n: (typeof platform)[number]) => number) =>
      platform.reduce((s, n) => s + f(n) * n.replicas, 0);
    expect(sum((n) => n.resources!.cpuCores!)).toBe(SPEC_TIERS.minimal.statedTotals!.cpuCores);
    expect(sum((n) => n.resources!.memoryGb!)).toBe(SPEC_TIERS.minimal.statedTotals!.memoryGb);
    expect(sum((n) => n.resources!.storageGb!)).toBe(SPEC_TIERS.minimal.statedTotals!.storageGb);
    expect(platform.every((n) => n.replicas === 1)).toBe(true);
  });

  it("production has the spec's production-tier components, sizes and HA replicas", () => {
    expect(kinds("production")).toEqual([
      "api",
      "chroma",
      "embeddings",
      "frontend",
      "lb",
      "llm",
      "meili",
      "odin",
      "postgres",
      "redis",
      "s3",
    ]);
    const plan = buildTemplate("production");
    const byKind = Object.fromEntries(plan.nodes.map((n) => [n.kind, n]));
    expect(byKind.postgres).toMatchObject({
      replicas: 3,
      resources: { cpuCores: 4, memoryGb: 16, storageGb: 500 },
    });
    expect(byKind.redis).toMatchObject({
      replicas: 3,
      resources: { cpuCores: 2, memoryGb: 8, storageGb: 20 },
    });
    expect(byKind.odin).toMatchObject({
      replicas: 2,
      resources: { cpuCores: 3, memoryGb: 6, storageGb: 50 },
    });
    // "2 TB+": the floor, raised to what 300 users' documents need at the end of the horizon with the margin.
    expect(byKind.s3!.replicas).toBe(4);
    expect(byKind.s3!.replicas * byKind.s3!.resources!.storageGb!).toBeGreaterThanOrEqual(2000);
    expect(byKind.llm!.serving).toMatchObject({ hardware: "h100-nvl", devices: 2, model: "llama-3.3-70b" });
    // 2×H100 carry 100–500 users (scaling table); production doubles them so one GPU failure does not stop generation.
    expect(byKind.llm!.replicas).toBe(2);
  });

  it("enterprise has every component, autoscaled app tier, GPU OCR and 4 H100s at 3,000 users (spec: 2,000–5,000 → 8×H100; [gap] the rate-based operating point calibrated on real vLLM runs needs half), 12 with N+1", () => {
    expect(kinds("enterprise")).toEqual([
      "api",
      "chroma",
      "embeddings",
      "frontend",
      "lb",
      "llm",
      "meili",
      "monitoring",
      "odin",
      "postgres",
      "redis",
      "s3",
    ]);
    const byKind = Object.fromEntries(buildTemplate("enterprise").nodes.map((n) => [n.kind, n]));
    expect(byKind.api!.autoscale).toMatchObject({ minReplicas: 5, maxReplicas: 10 });
    expect(byKind.frontend!.autoscale).toMatchObject({ minReplicas: 5, maxReplicas: 10 });
    expect(byKind.odin!.gpu).toMatchObject({ perReplica: 1 });
    expect(byKind.redis!.replicas).toBe(6);
    expect(byKind.s3!.replicas).toBe(8);
    // Without N+1 (99.5% availability) the peak rate needs 4 GPUs (2 × TP2): half the spec's 8×H100 [gap]…
    const relaxed = buildTemplate("enterprise");
    relaxed.slos.availabilityPct = 99.5;
    const demand = demandAt(relaxed.workload);
    const llm = relaxed.nodes.find((n) => n.kind === "llm")!;
    expect(policyReplicas(llm, relaxed, demand, "llm", 1) * llm.serving!.devices).toBe(4);
    // …and at its 99.9% target it survives one 8-GPU board's loss: 4 instances lost, 2 more carry peak demand.
    expect(byKind.llm!.replicas).toBe(4 + 2);
    expect(byKind.llm!.replicas * byKind.llm!.serving!.devices).toBe(12);
  });

  it("scenarios carry their hosting: cloud only, self-hosted only, hybrid both, Mac cluster on Apple", () => {
    const ai = (id: (typeof TEMPLATE_IDS)[number]) =>
      buildTemplate(id).nodes.filter((n) => ["llm", "embeddings", "cloud-llm"].includes(n.kind));
    expect(ai("cloud-llm").every((n) => n.kind === "cloud-llm")).toBe(true);
    expect(
      ai("self-hosted")
        .map((n) => n.kind)
        .sort(),
    ).toEqual(["embeddings", "llm"]);
    expect(
      ai("hybrid")
        .map((n) => n.kind)
        .sort(),
    ).toEqual(["cloud-llm", "embeddings", "llm"]);
    expect(ai("hybrid").find((n) => n.kind === "cloud-llm")!.cloud!.role).toBe("fallback");
    const mac = ai("mac-cluster");
    expect(
      mac.map((n) => (typeof n.serving!.hardware === "string" ? n.serving!.hardware : "")).sort(),
    ).toEqual(["m3-ultra", "m4-pro"]);
    expect(buildTemplate("self-hosted").constraints.dataOnPremises).toBe(true);
  });

  it.each(["production", "enterprise", "self-hosted", "mac-cluster"] as const)(
    "%s has exactly the spec's firewall flows plus the documented planner flows",
    (id) => {
      expect(flows(id)).toEqual([...SPEC_FIREWALL, ...PLANNER_FLOWS].sort());
      const plan = buildTemplate(id);
      const kindOf = new Map(plan.nodes.map((n) => [n.id, n.kind]));
      for (const e of plan.edges) {
        const flow = `${kindOf.get(e.source)}->${kindOf.get(e.target)}:${e.port}`;
        expect(e.note?.startsWith("[planner]") ?? false).toBe(PLANNER_FLOWS.includes(flow));
      }
    },
  );

  it("the cloud scenario reaches the provider from the API (generation) and Odin (embeddings) over the internet", () => {
    const f = flows("cloud-llm");
    expect(f).toContain("api->cloud-llm:443");
    expect(f).toContain("odin->cloud-llm:443");
    expect(f.filter((x) => x.includes("cloud-llm"))).toHaveLength(2);
    expect(
      buildTemplate("cloud-llm")
        .edges.filter((e) => e.target.startsWith("cloud"))
        .every((e) => e.linkClass === "internet"),
    ).toBe(true);
  });

  it("every template edge passes the connection validator", () => {
    for (const id of TEMPLATE_IDS) {
      const plan = buildTemplate(id);
      const kindOf = new Map(plan.nodes.map((n) => [n.id, n.kind]));
      for (const e of plan.edges)
        expect(checkConnection(kindOf.get(e.source)!, kindOf.get(e.target)!, e.port).ok).toBe(true);
    }
  });

  it("zones carry the spec's subnets and every node sits in its reference zone", () => {
    const plan = buildTemplate("enterprise");
    expect(Object.fromEntries(plan.zones.map((z) => [z.id, z.cidr]))).toEqual({
      dmz: "10.0.1.0/24",
      app: "10.0.10.0/24",
      services: "10.0.20.0/24",
      data: "10.0.30.0/24",
      ai: "10.0.40.0/24",
      management: "10.0.99.0/24",
    });
    const zoneOf = Object.fromEntries(plan.nodes.map((n) => [n.kind, n.zoneId]));
    expect(zoneOf).toMatchObject({
      lb: "dmz",
      frontend: "app",
      api: "app",
      odin: "services",
      redis: "services",
      meili: "services",
      postgres: "data",
      chroma: "data",
      s3: "data",
      llm: "ai",
      embeddings: "ai",
      monitoring: "management",
    });
  });

  it("--users moves the replica counts within the tier's ranges", () => {
    const low = Object.fromEntries(
      buildTemplate("enterprise", { users: 1000 }).nodes.map((n) => [n.kind, n.replicas]),
    );
    const high = Object.fromEntries(
      buildTemplate("enterprise", { users: 10_000 }).nodes.map((n) => [n.kind, n.replicas]),
    );
    expect(low.api).toBe(5);
    expect(high.api).toBe(10);
    expect(low.postgres).toBe(3);
    expect(high.postgres).toBe(5);
  });

  it("each flow rule of the catalog is used by some template", () => {
    const used = new Set(TEMPLATE_IDS.flatMap(flows).map((f) => f.split(":")[0]));
    for (const r of FLOW_RULES) expect(used.has(`${r.source}->${r.target}`)).toBe(true);
  });

  it.each(TEMPLATE_IDS)(
    "%s meets its own SLOs and constraints with no error finding at its nominal users",
    (id) => {
      const plan = buildTemplate(id);
      const report = evaluate(plan);
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(report.serving.every((s) => s.meetsSlo)).toBe(true);
      if (plan.constraints.dataOnPremises)
        expect(report.serving.every((s) => s.mode === "self-hosted")).toBe(true);
      expect(report.findings.some((f) => f.code === "single-point-of-failure")).toBe(false);
    },
  );
});
