import PDFDocument from "pdfkit";
import { evaluate } from "../../engine/evaluate";
import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { proposalContent, proposalContext } from "./content";
import { fontFiles, FONT_REGULAR } from "./fonts";
import type { ProposalContext, ProposalOptions } from "./input";
import { COLOURS, PAGE, type Doc } from "./pen";
import { writePdf } from "./write";

/**
 * The PDF proposal of a plan: A4, in the plan's language and currency, from the engine's report (the same one the
 * editor, the API and the bundle read). Deterministic: the creation date is `options.date`, fonts are subset with
 * deterministic tags and nothing else varies, so the same plan and date give the same bytes.
 */
export async function renderProposalPdf(
  plan: PlanDocument,
  options: ProposalOptions & { date: string },
  report: Report = evaluate(plan),
): Promise<Uint8Array> {
  const ctx = proposalContext(plan, report, options);
  const { t, f } = ctx;
  const when = new Date(`${options.date.slice(0, 10)}T00:00:00Z`);
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    lang: f.locale,
    displayTitle: true,
    info: {
      Title: t("documentTitle", { plan: plan.metadata.name }),
      Author: "Stackplan",
      Creator: "Stackplan",
      Producer: "Stackplan",
      CreationDate: when,
      ModDate: when,
    },
  });
  for (const [name, file] of Object.entries(fontFiles())) doc.registerFont(name, file);
  doc.font(FONT_REGULAR);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  writePdf(doc, proposalContent(ctx));
  footers(doc, ctx);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** "plan · page n of N" under every page but the cover (drawn once all pages exist). */
function footers(doc: Doc, { plan, t }: ProposalContext): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT_REGULAR).fontSize(8).fillColor(COLOURS.muted);
    doc.text(
      t("footer", { plan: plan.metadata.name, page: i + 1, pages: count }),
      PAGE.margin,
      PAGE.height - 35,
      {
        width: PAGE.width - 2 * PAGE.margin,
        align: "center",
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = bottom;
  }
}
