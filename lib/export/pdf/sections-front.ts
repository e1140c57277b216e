import { diagramSvg } from "../diagram";
import { renderFinding } from "../../i18n/findings";
import type { Block } from "../document/blocks";
import type { ProposalContext } from "./input";
import { riskText } from "./risk-text";

/** Cover, executive summary and the architecture diagram, as content blocks. */
export function coverBlocks({ plan, t, f, options }: ProposalContext): Block[] {
  const lines = options.customer ? [t("cover.preparedFor", { customer: options.customer })] : [];
  const details = [
    ...(options.date ? [t("cover.date", { date: f.date(options.date) })] : []),
    ...(options.version ? [t("cover.version", { version: options.version })] : []),
    t("cover.environment", { environment: plan.metadata.environment }),
  ];
  return [{ kind: "cover", kicker: t("cover.kicker"), title: plan.metadata.name, lines, details }];
}

function deployedLines({ facts, t }: ProposalContext): string[] {
  return [
    ...facts.zones.map((z) => t("summary.zoneLine", { zone: z.label, components: z.components.join(", ") })),
    ...(facts.outside.length
      ? [t("summary.zoneLine", { zone: t("summary.outside"), components: facts.outside.join(", ") })]
      : []),
  ];
}

export function summaryBlocks(ctx: ProposalContext): Block[] {
  const { facts, t, f } = ctx;
  const text = (s: string): Block => ({ kind: "paragraph", text: s });
  const blocks: Block[] = [
    { kind: "page" },
    { kind: "heading", level: 1, text: t("summary.title") },
    text(
      t("summary.users", {
        users: f.number(facts.users, 0),
        active: f.number(facts.peakActiveUsers, 0),
        requests: f.number(facts.peakRequestsPerSecond),
      }),
    ),
    text(
      facts.sloTotal ? t("summary.slo", { met: facts.sloMet, total: facts.sloTotal }) : t("summary.sloNone"),
    ),
    text(
      t("summary.cost", {
        monthly: f.money(facts.monthlyUsd),
        capex: f.money(facts.capexUsd),
        years: facts.years,
        total: f.money(facts.totalUsd),
      }),
    ),
  ];
  if (facts.minHeadroom !== null)
    blocks.push(
      text(
        facts.minHeadroom >= 0
          ? t("summary.headroom", { headroom: f.percent(facts.minHeadroom) })
          : t("summary.headroomShort"),
      ),
    );
  blocks.push(
    { kind: "heading", level: 2, text: t("summary.deployedTitle") },
    { kind: "bullets", items: deployedLines(ctx) },
    { kind: "heading", level: 2, text: t("summary.risksTitle") },
    {
      kind: "bullets",
      items: facts.risks.length ? facts.risks.map((r) => riskText(r, t, f)) : [t("summary.noRisks")],
    },
  );
  if (ctx.review.length)
    blocks.push(
      { kind: "heading", level: 2, text: t("review.title") },
      {
        kind: "bullets",
        items: ctx.review.map((r) => {
          const { message, fix } = renderFinding(r, f.locale);
          return `${message} ${fix}`;
        }),
      },
    );
  return blocks;
}

/**
 * The diagram on its own landscape page (architecture drawings are wide: the reference layout is about 3:1).
 */
export function diagramBlocks({ plan, t }: ProposalContext): Block[] {
  return [
    { kind: "page", landscape: true },
    { kind: "heading", level: 1, text: t("diagram.title") },
    {
      kind: "diagram",
      svg: diagramSvg(plan, { title: plan.metadata.name }),
      alt: t("diagram.title"),
      file: "diagram.svg",
    },
  ];
}
