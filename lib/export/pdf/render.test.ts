import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate } from "../../templates";
import { proposalFacts } from "./facts";
import { proposalFormats } from "./locale";
import { renderProposalPdf } from "./render";

/** Reads the PDFs with Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm), as a reader's viewer would. */
const dir = mkdtempSync(join(tmpdir(), "stackplan-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
function save(pdf: Uint8Array): string {
  const file = join(dir, `p${seq++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
/** The text of pages `first`–`last`, with the locale's no-break spaces as plain spaces. */
function text(file: string, first?: number, last?: number): string {
  const range = first ? ["-f", String(first), "-l", String(last ?? first)] : [];
  return execFileSync("pdftotext", [...range, "-layout", file, "-"], { encoding: "utf8" }).replace(
    /[\u00a0\u202f]/g,
    " ",
  );
}
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const base = buildTemplate("enterprise");
const eurPlan = parsePlanOrThrow({
  ...base,
  metadata: {
    ...base.metadata,
    name: "Groupe Durand — plateforme IA",
    currency: "EUR",
    usdToCurrencyRate: 0.92,
  },
});

describe("PDF proposal", () => {
  it("names the plan, prints the monthly cost in the plan's currency and French, and draws the diagram", async () => {
    const file = save(
      await renderProposalPdf(eurPlan, { date: "2026-12-03", locale: "fr", customer: "Groupe Durand" }),
    );
    const all = text(file);
    expect(all).toContain("Groupe Durand — plateforme IA");
    const facts = proposalFacts(eurPlan, evaluate(eurPlan));
    const monthly = flat(proposalFormats(eurPlan, "fr").money(facts.monthlyUsd));
    expect(monthly).toMatch(/^[\d ]+ €$/);
    expect(all).toContain(`${monthly} par mois`);
    expect(all).toContain("Synthèse");
    expect(all).toContain("3 décembre 2026");
    const diagram = text(file, 3);
    expect(diagram).toContain("Architecture");
    for (const n of eurPlan.nodes) expect(diagram).toContain(n.label.slice(0, 12));
  });

  it("renders every page to an image", async () => {
    const file = save(await renderProposalPdf(base, { date: "2026-12-03", audience: "engineer" }));
    const count = pages(file);
    expect(count).toBeGreaterThanOrEqual(6);
    execFileSync("pdftoppm", ["-r", "30", "-png", file, join(dir, "page")]);
    expect(readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png"))).toHaveLength(count);
  });

  it("is byte-identical for the same plan and date, and dated by its input", async () => {
    const a = await renderProposalPdf(base, { date: "2026-12-03" });
    const b = await renderProposalPdf(structuredClone(base), { date: "2026-12-03" });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const later = await renderProposalPdf(base, { date: "2027-01-15" });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(later))).not.toBe(0);
    expect(execFileSync("pdfinfo", [save(later)], { encoding: "utf8" })).toMatch(/CreationDate:.*2027/);
  });

  it("keeps finding codes out of a customer's proposal and lists them for engineers", async () => {
    const report = evaluate(base);
    expect(report.findings.length).toBeGreaterThan(0);
    const customer = text(save(await renderProposalPdf(base, { date: "2026-12-03" }, report)));
    const engineer = text(
      save(await renderProposalPdf(base, { date: "2026-12-03", audience: "engineer" }, report)),
    );
    expect(customer).toContain("Executive summary");
    for (const f of report.findings) {
      expect(customer).not.toContain(f.code);
      expect(engineer).toContain(f.code);
    }
    expect(engineer).toContain("Appendix: engineering findings");
  });
});
