import type { ProposalContext } from "./input";
import { kindName } from "./facts";
import { heading, paragraph, table, type Doc } from "./pen";

/** The sizing: every component (per replica) and every AI service against its demand. */
export function sizingSection(doc: Doc, { report, t, f }: ProposalContext): void {
  doc.addPage();
  heading(doc, t("sizing.title"), 18);
  heading(doc, t("sizing.components"), 12);
  table(
    doc,
    [
      { header: t("sizing.component"), share: 0.28 },
      { header: t("sizing.kind"), share: 0.22 },
      { header: t("sizing.replicas"), share: 0.1, align: "right" },
      { header: t("sizing.cpu"), share: 0.1, align: "right" },
      { header: t("sizing.memory"), share: 0.1, align: "right" },
      { header: t("sizing.storage"), share: 0.12, align: "right" },
      { header: t("sizing.gpus"), share: 0.08, align: "right" },
    ],
    report.components.map((c) => [
      c.label,
      kindName(c.kind),
      f.number(c.replicas, 0),
      f.number(c.cpuCores),
      f.number(c.memoryGb),
      f.number(c.storageGb, 0),
      f.number(c.gpus, 0),
    ]),
  );
  const totals = report.totals;
  paragraph(
    doc,
    t("sizing.totals", {
      cpu: f.number(totals.cpuCores),
      memory: f.number(totals.memoryGb),
      storage: f.number(totals.storageGb, 0),
      gpus: f.number(totals.gpus, 0),
      power: f.number(totals.powerW, 0),
    }),
  );
  if (report.serving.length === 0) return;
  heading(doc, t("sizing.services"), 12);
  table(
    doc,
    [
      { header: t("sizing.service"), share: 0.4 },
      { header: t("sizing.replicas"), share: 0.12, align: "right" },
      { header: t("sizing.demand"), share: 0.16, align: "right" },
      { header: t("sizing.capacity"), share: 0.16, align: "right" },
      { header: t("sizing.slo"), share: 0.16 },
    ],
    report.serving.map((s) => {
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
  );
}
