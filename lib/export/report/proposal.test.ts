import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { formatMoney } from "../../format";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate } from "../../templates";
import { exportBundle } from "../bundle";
import { proposalContent, proposalContext } from "../pdf/content";
import { proposalFacts } from "../pdf/facts";

const base = buildTemplate("enterprise");
const french = parsePlanOrThrow({
  ...base,
  metadata: { ...base.metadata, language: "fr", currency: "EUR", usdToCurrencyRate: 0.92 },
});
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("the bundle's proposal report (report/proposal.md)", () => {
  it("is in the plan's language and currency: a French EUR plan gives French words and `1 234 €` figures", () => {
    const text = plain(exportBundle(french).files["report/proposal.md"]!);
    const facts = proposalFacts(french, evaluate(french));
    // 13 937 €: the monthly cost converted once (lib/format.ts) at the plan's rate, French separators.
    const monthly = plain(formatMoney(facts.monthlyUsd, french.metadata, "fr"));
    expect(monthly).toMatch(/^\d{1,3}( \d{3})* €$/);
    expect(text).toContain(`Coût de fonctionnement : ${monthly} par mois`);
    expect(text).toContain("## Synthèse");
    expect(text).toContain("## Dimensionnement");
    expect(text).toContain("![Architecture](diagram.svg)");
    // No dollar figure before the assumptions (whose price sources quote list prices as published).
    expect(text.slice(0, text.indexOf("## Hypothèses"))).not.toContain("$");
    expect(text).not.toContain("Executive summary");
    // Per-million-token prices keep their cents, with the French decimal comma.
    expect(text).toMatch(/\| \d+,\d{2} € \|/);
  });

  it("stays English and USD for a plan without a language or currency", () => {
    const text = exportBundle(base).files["report/proposal.md"]!;
    expect(text).toContain("## Executive summary");
    expect(text).toMatch(/\$\d{1,3}(,\d{3})* per month/);
  });

  it("says what the PDF says: every paragraph, bullet and table cell of the shared content is in the Markdown", () => {
    const report = evaluate(french);
    const blocks = proposalContent(proposalContext(french, report, { audience: "engineer" }));
    const text = exportBundle(french).files["report/proposal.md"]!;
    const unescape = (s: string) => s.replace(/\\(.)/g, "$1");
    const said = unescape(text);
    const pieces = blocks.flatMap((b) =>
      b.kind === "paragraph"
        ? [b.text]
        : b.kind === "bullets"
          ? b.items
          : b.kind === "table"
            ? b.rows.flat()
            : b.kind === "heading"
              ? [b.text]
              : [],
    );
    expect(pieces.length).toBeGreaterThan(40);
    for (const piece of pieces) expect(said).toContain(piece.replace(/\r?\n/g, " "));
  });
});
