import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import { cidrOverlap } from "./network";

const codes = (plan: PlanDocument) => evaluate(plan).findings.map((f) => `${f.severity}:${f.code}`);
const findingsOf = (plan: PlanDocument, code: string) =>
  evaluate(plan).findings.filter((f) => f.code === code);

describe("findings", () => {
  it("every finding has a code, a severity, a target that exists, a message and a fix", () => {
    for (const id of ["enterprise", "mac-cluster", "minimal"] as const) {
      const plan = buildTemplate(id);
      const ids = new Set([
        ...plan.nodes.map((n) => n.id),
        ...plan.edges.map((e) => e.id),
        ...plan.zones.map((z) => z.id),
      ]);
      for (const f of evaluate(plan).findings) {
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.fix.length).toBeGreaterThan(5);
        if (f.target.id !== null) expect(ids.has(f.target.id)).toBe(true);
      }
    }
  });

  it("Kubernetes below 1.31 is an error", () => {
    const plan = buildTemplate("production");
    plan.metadata.kubernetesVersion = "1.29";
    expect(codes(plan)).toContain("error:kubernetes-version");
  });

  it("a production API with one replica is a single point of failure, named on its node", () => {
    const plan = buildTemplate("production");
    plan.nodes.find((n) => n.kind === "api")!.replicas = 1;
    const f = findingsOf(plan, "single-point-of-failure");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: { type: "node", id: "api" } });
    expect(f[0]!.fix).toMatch(/replicas to 2/);
  });

  it("a denied flow is an error on its edge with who may call the target", () => {
    const plan = buildTemplate("production");
    plan.edges.push({
      id: "fe-pg",
      source: "frontend",
      target: "postgres",
      port: 5432,
      linkClass: "cross-zone",
    });
    const f = findingsOf(plan, "flow-denied")[0]!;
    expect(f).toMatchObject({ severity: "error", target: { type: "edge", id: "fe-pg" } });
    expect(f.fix).toMatch(/Platform API/);
  });

  it("api → postgres at 12 ms exceeds the 10 ms limit, with the fix", () => {
    const plan = buildTemplate("production");
    plan.edges.find((e) => e.source === "api" && e.target === "postgres")!.latencyMs = 12;
    const f = findingsOf(plan, "latency-exceeded")[0]!;
    expect(f.message).toMatch(/12 ms exceeds the 10 ms limit/);
    expect(f.fix).toMatch(/same zone|faster link/);
  });

  it("a 70B model in BF16 on one L4 does not fit; the error says what to change", () => {
    const plan = buildTemplate("production");
    const llm = plan.nodes.find((n) => n.kind === "llm")!;
    llm.serving = { ...llm.serving!, hardware: "l4", devices: 1, precision: "bf16" };
    const f = findingsOf(plan, "does-not-fit")[0]!;
    expect(f.severity).toBe("error");
    expect(f.message).toMatch(/141\.1 GB/);
  });

  it("a model served in a precision wider than it is published in is an error naming both", () => {
    const plan = buildTemplate("production");
    const llm = plan.nodes.find((n) => n.kind === "llm")!;
    llm.serving = { ...llm.serving!, model: "gpt-oss-120b", precision: "bf16" };
    const f = findingsOf(plan, "precision-not-shipped")[0]!;
    expect(f.severity).toBe("error");
    expect(f.message).toMatch(/gpt-oss-120b is published in MXFP4, not BF16/);
    llm.serving = { ...llm.serving, precision: "mxfp4" };
    expect(findingsOf(plan, "precision-not-shipped")).toHaveLength(0);
  });

  it("vLLM on Apple Silicon is an error", () => {
    const plan = buildTemplate("mac-cluster");
    plan.nodes.find((n) => n.kind === "llm")!.serving!.framework = "vllm";
    expect(codes(plan)).toContain("error:framework-unsupported-hardware");
  });

  it("a cloud LLM when data must stay on the premises is an error", () => {
    const plan = buildTemplate("hybrid");
    plan.constraints.dataOnPremises = true;
    expect(findingsOf(plan, "data-leaves-premises")[0]).toMatchObject({
      severity: "error",
      target: { id: "cloud-llm" },
    });
  });

  it("macOS limits: more than 500 users and an availability above 99.9% on Macs", () => {
    const plan = buildTemplate("mac-cluster", { users: 800 });
    plan.slos.availabilityPct = 99.95;
    const c = codes(plan);
    expect(c).toContain("warning:macos-users");
    expect(c).toContain("error:macos-availability");
    expect(c).toContain("warning:macos-limits");
  });

  it("Odin without a GPU at enterprise scale", () => {
    const plan = buildTemplate("enterprise");
    delete plan.nodes.find((n) => n.kind === "odin")!.gpu;
    expect(codes(plan)).toContain("warning:ocr-without-gpu");
  });

  it("an overloaded LLM says how many replicas it needs", () => {
    const plan = buildTemplate("production");
    plan.workload.users = 20_000;
    const f = findingsOf(plan, "capacity-exceeded")[0]!;
    expect(f.severity).toBe("error");
    expect(f.fix).toMatch(/Use \d+ replicas/);
  });

  it("overlapping subnets and a node in the wrong zone", () => {
    const plan = buildTemplate("production");
    plan.zones[1]!.cidr = "10.0.1.128/25";
    plan.nodes.find((n) => n.kind === "postgres")!.zoneId = "app";
    const c = codes(plan);
    expect(c).toContain("error:cidr-overlap");
    expect(c).toContain("warning:zone-mismatch");
    expect(cidrOverlap("10.0.1.0/24", "10.0.1.128/25")).toBe(true);
    expect(cidrOverlap("10.0.1.0/24", "10.0.10.0/24")).toBe(false);
  });

  it("a component with no connection to a store it needs", () => {
    const plan = buildTemplate("production");
    plan.edges = plan.edges.filter((e) => !(e.source === "api" && e.target === "redis"));
    expect(findingsOf(plan, "missing-flow")[0]).toMatchObject({ target: { id: "api" } });
  });

  it("an RTO the backup network cannot meet", () => {
    const plan = buildTemplate("enterprise", { users: 10_000 });
    plan.slos.backupBandwidthGbps = 1;
    expect(codes(plan)).toContain("error:rto-not-met");
    plan.slos.backupBandwidthGbps = 40;
    expect(codes(plan)).not.toContain("error:rto-not-met");
  });

  it("errors come first, then warnings, then info", () => {
    const plan = buildTemplate("mac-cluster", { users: 800 });
    const order = evaluate(plan).findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("an empty plan evaluates without findings about missing pieces it never had", () => {
    const plan = parsePlanOrThrow({ schemaVersion: 2, metadata: { name: "empty" } });
    expect(evaluate(plan).findings).toEqual([]);
  });
});
