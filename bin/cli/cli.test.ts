import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

describe("stackplan CLI", () => {
  it("--version prints the package version; --help lists the commands", async () => {
    expect((await run("--version")).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await run("--help");
    expect(help.code).toBe(0);
    for (const c of ["template", "estimate", "catalog"]) expect(help.out).toContain(c);
  });

  it("an unknown command exits 2 and names the valid ones", async () => {
    const r = await run("fly");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "fly".*template/);
  });

  it("template prints a valid plan document; --users sets the workload", async () => {
    const r = await run("template", "enterprise", "--users", "8000");
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.schemaVersion).toBe(2);
    expect(plan.workload.users).toBe(8000);
  });

  it("template with an unknown id exits 2 with the valid ids", async () => {
    const r = await run("template", "gigantic");
    expect(r.code).toBe(2);
    expect(r.err).toContain("minimal, production, enterprise, cloud-llm, self-hosted, hybrid, mac-cluster");
  });

  it("estimate --json returns the contract's fields", async () => {
    const r = await run(
      "estimate",
      "--model",
      "llama-3.3-70b",
      "--hardware",
      "h100-sxm",
      "--devices",
      "2",
      "--precision",
      "fp8",
      "--framework",
      "vllm",
      "--concurrency",
      "16",
      "--input-tokens",
      "2000",
      "--output-tokens",
      "300",
      "--json",
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    for (const k of [
      "fits",
      "memory",
      "maxConcurrency",
      "decodeTokensPerSecondPerStream",
      "aggregateOutputTokensPerSecond",
      "prefillTokensPerSecond",
      "ttftMs",
      "itlMs",
      "e2eLatencyMs",
      "bound",
      "warnings",
      "assumptions",
    ]) {
      expect(result).toHaveProperty(k);
    }
    expect(Object.keys(result.memory).sort()).toEqual([
      "capacityGb",
      "kvCacheGb",
      "overheadGb",
      "requiredGb",
      "weightsGb",
    ]);
  });

  it("estimate with an unknown id exits 2 naming the field and the nearest ids", async () => {
    const r = await run("estimate", "--model", "llama-3.3-70b", "--hardware", "h100", "--json");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/hardware.*h100-sxm/);
  });

  it("estimate on a product takes its accelerator and GPU link; with neither hardware nor product exits 2", async () => {
    const r = await run(
      "estimate",
      "--model",
      "llama-3.3-70b",
      "--product",
      "gpu-server-2x-h100-nvl",
      "--devices",
      "2",
      "--precision",
      "fp8",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).assumptions.join(" ")).toMatch(/tensor 2 over NVLink bridge/);
    // The text title names the product's accelerator and the server, never "custom".
    const text = await run("estimate", "--model", "llama-3.3-70b", "--product", "gpu-server-2x-h100-nvl");
    expect(text.out.split("\n")[0]).toMatch(/on 2× NVIDIA H100 NVL 94GB in 2 × H100 NVL 94 GB server/);
    const none = await run("estimate", "--model", "llama-3.3-70b", "--json");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/hardware: required/);
  });

  it("estimate --product without --devices serves on every GPU of the server, and says so", async () => {
    const args = ["estimate", "--model", "llama-3.3-70b", "--product", "gpu-server-2x-h100-nvl"];
    const text = await run(...args);
    expect(text.code).toBe(0);
    expect(text.out.split("\n")[1]).toBe(
      "Devices: 2, every accelerator of one 2 × H100 NVL 94 GB server (--product sets the default; --devices N for fewer).",
    );
    expect(text.out).toMatch(/^Fits: yes/m);
    // The same answer as asking for the two GPUs explicitly; an explicit --devices 1 stays 1 (no note).
    const json = JSON.parse((await run(...args, "--json")).out);
    expect(json).toEqual(JSON.parse((await run(...args, "--devices", "2", "--json")).out));
    const one = await run(...args, "--devices", "1");
    expect(one.out).toMatch(/on 1× NVIDIA H100 NVL 94GB/);
    expect(one.out).not.toMatch(/^Devices:/m);
  });

  it("estimate --product with more devices than one server holds exits 2 naming --devices and the fix", async () => {
    const args = ["estimate", "--model", "llama-3.3-70b", "--product", "gpu-server-2x-h100-nvl"];
    const over = await run(...args, "--devices", "4");
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/^stackplan estimate: --devices 4: one 2 × H100 NVL 94 GB server .* holds 2/);
    expect(over.err).toMatch(
      /give --devices 2 or fewer, or add --devices-per-node 2 for an instance spanning 2 servers/,
    );
    // Spanning two servers is what --devices-per-node says: accepted.
    expect((await run(...args, "--devices", "4", "--devices-per-node", "2", "--json")).code).toBe(0);
  });

  it("estimate with a bad number exits 2 naming the flag", async () => {
    const r = await run(
      "estimate",
      "--model",
      "llama-3.3-70b",
      "--hardware",
      "h100-sxm",
      "--concurrency",
      "lots",
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--concurrency/);
  });

  it("estimate --rate solves the operating point (the issue's command) and reports percentiles and confidence", async () => {
    const r = await run(
      "estimate",
      ...["--model", "llama-3.1-70b", "--hardware", "h100-sxm", "--devices", "4", "--framework", "vllm"],
      ...["--rate", "6", "--input-tokens", "547", "--output-tokens", "248", "--json"],
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.operatingPoint.requestRatePerSecond).toBe(6);
    expect(out.operatingPoint.saturated).toBe(false);
    expect(out.latency.e2eLatencyMs.p99).toBeGreaterThan(out.latency.e2eLatencyMs.p50);
    expect(out.confidence.level).toBe("calibrated");
    // Measured on vLLM v0.15.1 at 6 req/s (experiment 60, stage 1): 4,625 ms end to end; within 15%.
    expect(Math.abs(out.e2eLatencyMs / 4625 - 1)).toBeLessThan(0.15);
  });

  it("estimate knobs with bad values exit 2 naming the flag", async () => {
    const base = ["estimate", "--model", "llama-3.1-70b", "--hardware", "h100-sxm", "--devices", "4"];
    for (const [flag, value] of [
      ["--rate", "-3"],
      ["--gpu-memory-utilization", "120"],
      ["--max-num-seqs", "0"],
      ["--prefix-cache-hit-ratio", "abc"],
    ] as const) {
      const r = await run(...base, flag, value);
      expect(r.code, flag).toBe(2);
      expect(r.err, flag).toContain(flag);
    }
    const both = await run(...base, "--rate", "2", "--request-rate-per-second", "3");
    expect(both.code).toBe(2);
    const spec = await run(...base, "--framework", "tgi", "--rate", "2", "--speculative-method", "eagle");
    expect(spec.code).toBe(2);
    expect(spec.err).toMatch(/speculativeMethod/);
  });

  it("estimate --input answers a JSON array in order, failing items in place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stackplan-cli-"));
    const file = join(dir, "requests.json");
    writeFileSync(
      file,
      JSON.stringify([
        { model: "llama-3.1-8b", hardware: "l4", precision: "fp8" },
        { model: "gpt-9", hardware: "l4" },
      ]),
    );
    const r = await run("estimate", "--input", file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toHaveLength(2);
    expect(out[0].fits).toBe(true);
    expect(out[1].error.code).toBe("unknown-id");
  });

  it("catalog --json lists every kind with its entries", async () => {
    const r = await run("catalog", "--json");
    const catalog = JSON.parse(r.out);
    expect(catalog.hardware.map((h: { id: string }) => h.id)).toContain("m3-ultra-60c");
    expect(catalog.models.length).toBeGreaterThanOrEqual(22);
    expect(Object.keys(catalog)).toEqual(
      expect.arrayContaining(["version", "products", "precisions", "frameworks", "interconnects", "cloud"]),
    );
  });

  it("runs as a real process through bin/stackplan.mjs with its exit code", () => {
    const ok = spawnSync(process.execPath, ["bin/stackplan.mjs", "--version"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, ["bin/stackplan.mjs", "template", "nope"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  });
});

describe("stackplan evaluate", () => {
  const dir = mkdtempSync(join(tmpdir(), "stackplan-eval-"));

  it("prints a readable summary and exits 0 when the plan has no error finding", async () => {
    const file = join(dir, "self-hosted.json");
    writeFileSync(file, (await run("template", "self-hosted")).out);
    const r = await run("evaluate", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Serving:/);
    expect(r.out).toMatch(/TCO over 36 months/);
    expect(r.out).toMatch(/Findings: 0 error/);
  });

  it("--json prints the full report with the contract's fields", async () => {
    const file = join(dir, "enterprise.json");
    writeFileSync(file, (await run("template", "enterprise")).out);
    const report = JSON.parse((await run("evaluate", file, "--json")).out);
    for (const k of ["totals", "components", "serving", "storage", "cost", "findings", "assumptions"])
      expect(report).toHaveProperty(k);
    expect(report.cost).toHaveProperty("tcoUsd");
    expect(report.storage.months[0]).toHaveProperty("withMarginGb");
  });

  it("exits 1 when the plan has error findings", async () => {
    const plan = JSON.parse((await run("template", "production")).out);
    plan.metadata.kubernetesVersion = "1.28";
    const file = join(dir, "old-k8s.json");
    writeFileSync(file, JSON.stringify(plan));
    const r = await run("evaluate", file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/kubernetes-version/);
  });

  it("exits 2 on an invalid plan, naming the JSON path", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 2, metadata: { name: "x" }, workload: { users: 0 } }),
    );
    const r = await run("evaluate", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\$\.workload\.users/);
    expect((await run("evaluate", join(dir, "missing.json"))).code).toBe(2);
  });
});
