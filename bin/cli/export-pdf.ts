import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { evaluate } from "../../lib/engine/evaluate";
import {
  AUDIENCES,
  PROPOSAL_LOCALES,
  renderProposalPdf,
  resolveLocale,
  type Audience,
} from "../../lib/export/pdf";
import type { PlanDocument } from "../../lib/plan/plan-schema";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Io } from "./io";

export const PDF_HELP_LINES = `  --format pdf       The PDF proposal instead (DIR/proposal.pdf), with:
    --lang L         ${PROPOSAL_LOCALES.join(" | ")} (default: the plan's language, else en)
    --audience A     ${AUDIENCES.join(" | ")} (default customer; engineer adds the findings appendix)
    --date D         YYYY-MM-DD printed on the cover and used as the creation date (default: today, UTC)
    --customer NAME  Who the proposal is for (printed on the cover)`;

export interface PdfFlags {
  out?: string;
  lang?: string;
  audience?: string;
  date?: string;
  customer?: string;
}

/** `stackplan export PLAN --format pdf --out DIR`: the same proposal as GET /api/plans/:id/proposal.pdf. */
export async function exportPdf(plan: PlanDocument, flags: PdfFlags, io: Io): Promise<number> {
  if (!flags.out) throw new UsageError("--format pdf writes DIR/proposal.pdf: say where with --out DIR");
  if (flags.lang !== undefined && !(PROPOSAL_LOCALES as readonly string[]).includes(flags.lang))
    throw new UsageError(`--lang: expected one of ${PROPOSAL_LOCALES.join(", ")}, got "${flags.lang}"`);
  if (flags.audience !== undefined && !(AUDIENCES as readonly string[]).includes(flags.audience))
    throw new UsageError(`--audience: expected one of ${AUDIENCES.join(", ")}, got "${flags.audience}"`);
  const date = flags.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
    throw new UsageError(`--date: expected a day like 2026-12-03, got "${date}"`);
  const report = evaluate(plan);
  const pdf = await renderProposalPdf(
    plan,
    {
      date,
      locale: resolveLocale(plan, flags.lang),
      audience: (flags.audience as Audience | undefined) ?? "customer",
      customer: flags.customer,
    },
    report,
  );
  const root = resolve(flags.out);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "proposal.pdf"), pdf);
  io.out(`wrote ${join(flags.out, "proposal.pdf")} (${pdf.byteLength} bytes)`);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length) {
    io.err(`the plan has ${errors.length} error finding(s): ${errors.map((f) => f.message).join("; ")}`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
