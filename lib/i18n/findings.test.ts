import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { estimate } from "../engine/llm";
import type { Finding } from "../engine/report-schema";
import { findingFixturePlans } from "./finding-fixtures";
import { renderFinding, renderSloReason } from "./findings";
import { MESSAGES } from "./messages";

const reports = findingFixturePlans().map((p) => evaluate(p));
const all: Finding[] = reports.flatMap((r) => r.findings);
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

  it("words the reasons of SLO, latency and flow findings in French too (codes in params, not sentences)", () => {
    const fr = (code: string) =>
      catalogued.filter((f) => f.code === code).map((f) => Object.values(renderFinding(f, "fr")).join(" "));
    expect(fr("slo-not-met").join(" ")).toContain("même un seul flux manque les SLO");
    expect(fr("latency-exceeded").join(" ")).toContain("perte de performance critique");
    expect(fr("missing-flow").join(" ")).toContain("files d’attente");
    for (const text of ["slo-not-met", "latency-exceeded", "missing-flow"].flatMap(fr))
      expect(text).not.toMatch(/misses the SLOs|performance loss|queues|Across zones|Connect /);
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

  it("words every serving node's SLO reason as the engine does in English, and in French", () => {
    const rows = reports.flatMap((r) => r.serving);
    const codes = new Set(rows.map((s) => s.sloReasonCode));
    expect(codes.size).toBeGreaterThanOrEqual(5);
    for (const s of rows) {
      expect(renderSloReason(s, "en"), s.sloReasonCode).toBe(s.sloReason);
      const fr = renderSloReason(s, "fr");
      expect(fr, s.sloReasonCode).not.toBe(s.sloReason);
      expect(fr).not.toMatch(/[{}]|misses|per replica|elastic cloud|does not fit|query embeds/);
    }
  });
});

describe("communication-bound in the reader's language", () => {
  it("names the link by its catalog name in English and French (PCIe, not pcie)", () => {
    // Three A40s split a small model over PCIe: communication dominates each decode step.
    const w = estimate({
      ...{ model: "gemma-3-1b", hardware: "a40", devices: 3, framework: "vllm", precision: "int4" },
      ...{ inputTokens: 1698, outputTokens: 144, concurrency: 19 },
    }).warnings.find((x) => x.code === "communication-bound")!;
    expect(w.params).toMatchObject({ link: "PCIe" });
    const finding = { code: w.code, message: w.message, fix: "", params: { label: "LLM", ...w.params } };
    expect(renderFinding(finding, "en").message).toMatch(/ of each step over PCIe: /);
    expect(renderFinding(finding, "fr").message).toMatch(/ de chaque étape sur PCIe : /);
  });

  it("names the fabric it assumed between machines in French too (100 GbE supposé)", () => {
    // Six Mac minis over no given interconnect: the engine assumes 100 GbE and communication dominates.
    const w = estimate({
      ...{ model: "gemma-3-12b", hardware: "m4-pro", devices: 6, framework: "tgi", precision: "int8" },
      ...{ inputTokens: 1569, outputTokens: 457, concurrency: 38 },
    }).warnings.find((x) => x.code === "communication-bound")!;
    expect(w.params).toMatchObject({ link: "100 GbE (assumed)" });
    const finding = { code: w.code, message: w.message, fix: "", params: { label: "LLM", ...w.params } };
    expect(renderFinding(finding, "en").message).toMatch(/ of each step over 100 GbE \(assumed\): /);
    const fr = renderFinding(finding, "fr").message;
    expect(fr).toMatch(/ de chaque étape sur 100 GbE \(supposé\) : /);
    expect(fr).not.toMatch(/assumed/);
  });
});
