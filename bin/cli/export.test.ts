import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { exportBundle } from "../../lib/export";
import { asReferenceScenario, buildTemplate } from "../../lib/templates";
import { main } from "./main";

const dir = mkdtempSync(join(tmpdir(), "stackplan-cli-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

function planFile(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe("stackplan export", () => {
  it("is listed in --help and has its own help", async () => {
    expect((await run("--help")).out).toContain("export");
    const help = await run("export", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("--environment");
  });

  it("writes the bundle's files under --out, identical to the library's", async () => {
    const plan = buildTemplate("enterprise");
    const out = join(dir, "enterprise");
    const r = await run("export", planFile("enterprise.json", plan), "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote \d+ files to/);
    const expected = exportBundle(plan).files;
    for (const [path, content] of Object.entries(expected))
      expect(readFileSync(join(out, path), "utf8")).toBe(content);
    expect(existsSync(join(out, "kubernetes/overlays/staging/kustomization.yaml"))).toBe(true);
  });

  it("--zip writes one deterministic archive; --format narrows it; --environment relabels", async () => {
    const file = planFile("production.json", buildTemplate("production"));
    const a = join(dir, "a.zip");
    const b = join(dir, "b.zip");
    expect(
      (await run("export", file, "--zip", a, "--format", "kustomize", "--environment", "staging")).code,
    ).toBe(0);
    expect(
      (await run("export", file, "--zip", b, "--format", "kustomize", "--environment", "staging")).code,
    ).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const entries = unzipSync(new Uint8Array(readFileSync(a)));
    const paths = Object.keys(entries);
    expect(paths).toContain("README.md");
    expect(paths.every((p) => p === "README.md" || p.startsWith("kubernetes/"))).toBe(true);
    expect(strFromU8(entries["README.md"]!)).toContain("environment-override");
  });

  it("exits 1 (after writing) when the plan has error findings", async () => {
    const out = join(dir, "mac");
    // The Mac cluster as the reference quotes it (a 70B on Macs): it misses the SLOs.
    const quoted = asReferenceScenario(buildTemplate("mac-cluster"), "mac-cluster");
    const r = await run("export", planFile("mac.json", quoted), "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error finding/);
    expect(existsSync(join(out, "README.md"))).toBe(true);
  });

  it("exits 2 with a message on an invalid plan, bad options or no destination", async () => {
    const bad = await run(
      "export",
      planFile("bad.json", { schemaVersion: 2, metadata: { name: "" } }),
      "--out",
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/is not a valid plan/);
    const file = planFile("ok.json", buildTemplate("minimal"));
    expect((await run("export", file)).err).toMatch(/--out DIR and\/or --zip FILE/);
    const format = await run("export", file, "--out", dir, "--format", "tarball");
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/--format: expected one of zip, kustomize/);
    expect((await run("export", file, "--out", dir, "--environment", "qa")).code).toBe(2);
    expect((await run("export", join(dir, "missing.json"), "--out", dir)).code).toBe(2);
  });
});

describe("stackplan export --format pdf", () => {
  it("writes DIR/proposal.pdf in the chosen language, readable by pdftotext", async () => {
    const plan = buildTemplate("minimal");
    const out = join(dir, "pdf");
    const r = await run(
      "export",
      planFile("minimal-pdf.json", plan),
      "--format",
      "pdf",
      "--out",
      out,
      "--lang",
      "fr",
      "--date",
      "2026-12-03",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*proposal\.pdf \(\d+ bytes\)/);
    const text = execFileSync("pdftotext", [join(out, "proposal.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain(plan.metadata.name);
    expect(text).toContain("Synthèse");
  });

  it("names the flag and the fix for a bad language, audience or date (exit 2)", async () => {
    const file = planFile("minimal-bad.json", buildTemplate("minimal"));
    for (const [flag, value] of [
      ["--lang", "de"],
      ["--audience", "boss"],
      ["--date", "tomorrow"],
    ] as const) {
      const r = await run("export", file, "--format", "pdf", "--out", join(dir, "bad"), flag, value);
      expect(r.code).toBe(2);
      expect(r.err).toContain(flag);
    }
  });
});
