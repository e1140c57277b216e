import SVGtoPDF from "svg-to-pdfkit";
import { diagramSvg } from "../diagram";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import type { ProposalContext } from "./input";
import { riskText } from "./risk-text";
import { bullets, COLOURS, CONTENT_WIDTH, heading, PAGE, paragraph, type Doc } from "./pen";

/** Cover, executive summary and the architecture diagram. */
export function coverPage(doc: Doc, { plan, t, f, options }: ProposalContext): void {
  doc.y = 220;
  doc.font(FONT_REGULAR).fontSize(12).fillColor(COLOURS.muted).text(t("cover.kicker"), PAGE.margin, doc.y);
  doc.moveDown(0.5).font(FONT_BOLD).fontSize(26).fillColor(COLOURS.text);
  doc.text(plan.metadata.name, { width: CONTENT_WIDTH });
  doc.moveDown(1).font(FONT_REGULAR).fontSize(12);
  if (options.customer) doc.text(t("cover.preparedFor", { customer: options.customer }));
  doc.fillColor(COLOURS.muted).text(t("cover.date", { date: f.date(options.date) }));
  if (options.version) doc.text(t("cover.version", { version: options.version }));
  doc.text(t("cover.environment", { environment: plan.metadata.environment }));
}

export function summarySection(doc: Doc, ctx: ProposalContext): void {
  const { facts, t, f } = ctx;
  heading(doc, t("summary.title"), 18);
  paragraph(
    doc,
    t("summary.users", {
      users: f.number(facts.users, 0),
      active: f.number(facts.peakActiveUsers, 0),
      requests: f.number(facts.peakRequestsPerSecond),
    }),
  );
  paragraph(
    doc,
    facts.sloTotal ? t("summary.slo", { met: facts.sloMet, total: facts.sloTotal }) : t("summary.sloNone"),
  );
  paragraph(
    doc,
    t("summary.cost", {
      monthly: f.money(facts.monthlyUsd),
      capex: f.money(facts.capexUsd),
      years: facts.years,
      total: f.money(facts.totalUsd),
    }),
  );
  if (facts.minHeadroom !== null) {
    paragraph(
      doc,
      facts.minHeadroom >= 0
        ? t("summary.headroom", { headroom: f.percent(facts.minHeadroom) })
        : t("summary.headroomShort"),
    );
  }
  heading(doc, t("summary.deployedTitle"), 12);
  bullets(doc, [
    ...facts.zones.map((z) => t("summary.zoneLine", { zone: z.label, components: z.components.join(", ") })),
    ...(facts.outside.length
      ? [t("summary.zoneLine", { zone: t("summary.outside"), components: facts.outside.join(", ") })]
      : []),
  ]);
  heading(doc, t("summary.risksTitle"), 12);
  bullets(doc, facts.risks.length ? facts.risks.map((r) => riskText(r, t, f)) : [t("summary.noRisks")]);
  const review = ctx.review;
  if (review.length) {
    heading(doc, t("review.title"), 12);
    bullets(
      doc,
      review.map((r) => `${r.message} ${r.fix}`),
    );
  }
}

/**
 * The diagram on its own landscape page (architecture drawings are wide: the reference layout is about 3:1),
 * scaled to fit the page's usable area.
 */
export function diagramSection(doc: Doc, { plan, t }: ProposalContext): void {
  doc.addPage({ layout: "landscape" });
  heading(doc, t("diagram.title"), 18);
  const svg = diagramSvg(plan, { title: plan.metadata.name });
  const width = doc.page.width - 2 * PAGE.margin;
  const height = doc.page.height - doc.y - PAGE.margin - 20;
  SVGtoPDF(doc as never, svg, PAGE.margin, doc.y, {
    width,
    height,
    preserveAspectRatio: "xMidYMin meet",
    fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
  });
  doc.y += height;
}
