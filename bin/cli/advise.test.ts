import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../lib/templates";
import { main } from "./main";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

function planFile(onPremises: boolean): string {
  const plan = buildTemplate("self-hosted", { users: 300 });
  plan.constraints.dataOnPremises = onPremises;
  const file = join(mkdtempSync(join(tmpdir(), "stackplan-advise-")), "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

describe("stackplan advise", () => {
  it("--json returns options with meetsSlo, meetsConstraints, excludedBecause, monthlyCostUsd, tcoUsd and the cheapest eligible as recommended", async () => {
    const r = await run("advise", planFile(false), "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    for (const o of out.options)
      for (const k of ["meetsSlo", "meetsConstraints", "excludedBecause", "monthlyCostUsd", "tcoUsd"])
        expect(o).toHaveProperty(k);
    const ok = out.options.filter(
      (o: { meetsSlo: boolean; meetsConstraints: boolean; excludedBecause: unknown[] }) =>
        o.meetsSlo && o.meetsConstraints && o.excludedBecause.length === 0,
    );
    const cheapest = Math.min(...ok.map((o: { monthlyCostUsd: number }) => o.monthlyCostUsd));
    expect(out.recommended.monthlyCostUsd).toBe(cheapest);
    expect(out.recommended.deployment.kind).toBe("cloud");
  });

  it("the readable answer lists each excluded option's reasons", async () => {
    const r = await run("advise", planFile(true));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✗ data-leaves-premises: the plan requires data on premises/);
    expect(r.out).toMatch(
      /Recommended: Llama 3.3 70B Instruct .+ on (vLLM|SGLang|TensorRT-LLM) · \d+ instances? × /,
    );
    expect(r.out).not.toMatch(/llama-3.3-70b|gpu-server-|via vllm/);
  });
});
