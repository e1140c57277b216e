import type { Block } from "../document/blocks";
import { kindName } from "./facts";
import type { ProposalContext } from "./input";

function componentTable({ report, t, f }: ProposalContext): Block {
  return {
    kind: "table",
    columns: [
      { header: t("sizing.component"), share: 0.28 },
      { header: t("sizing.kind"), share: 0.22 },
      { header: t("sizing.replicas"), share: 0.1, align: "right" },
      { header: t("sizing.cpu"), share: 0.1, align: "right" },
      { header: t("sizing.memory"), share: 0.1, align: "right" },
      { header: t("sizing.storage"), share: 0.12, align: "right" },
      { header: t("sizing.gpus"), share: 0.08, align: "right" },
    ],
    rows: report.components.map((c) => [
      c.label,
      kindName(c.kind),
      f.number(c.replicas, 0),
      f.number(c.cpuCores),
      f.number(c.memoryGb),
      f.number(c.storageGb, 0),
      f.number(c.gpus, 0),
    ]),
  };
}

function servingTable({ report, t, f }: ProposalContext): Block {
  return {
    kind: "table",
    columns: [
      { header: t("sizing.service"), share: 0.4 },
      { header: t("sizing.replicas"), share: 0.12, align: "right" },
      { header: t("sizing.demand"), share: 0.16, align: "right" },
      { header: t("sizing.capacity"), share: 0.16, align: "right" },
      { header: t("sizing.slo"), share: 0.16 },
    ],
    rows: report.serving.map((s) => {
      const llm = s.purpose === "llm";
      return [
        s.label,
        f.number(s.replicas, 0),
        f.number(llm ? s.demandOutputTokensPerSecond : s.demandInputTokensPerSecond, 0),
        s.mode === "cloud"
          ? t("sizing.cloud")
          : f.number(llm ? s.capacityOutputTokensPerSecond : s.capacityInputTokensPerSecond, 0),
        s.meetsSlo ? t("sizing.met") : t("sizing.notMet"),
      ];
    }),
  };
}

/** The sizing: every component (per replica) and every AI service against its demand. */
export function sizingBlocks(ctx: ProposalContext): Block[] {
  const { report, t, f } = ctx;
  const totals = report.totals;
  const blocks: Block[] = [
    { kind: "page" },
    { kind: "heading", level: 1, text: t("sizing.title") },
    { kind: "heading", level: 2, text: t("sizing.components") },
    componentTable(ctx),
    {
      kind: "paragraph",
      text: t("sizing.totals", {
        cpu: f.number(totals.cpuCores),
        memory: f.number(totals.memoryGb),
        storage: f.number(totals.storageGb, 0),
        gpus: f.number(totals.gpus, 0),
        power: f.number(totals.powerW, 0),
      }),
    },
  ];
  if (report.serving.length === 0) return blocks;
  return [...blocks, { kind: "heading", level: 2, text: t("sizing.services") }, servingTable(ctx)];
}
