import { evaluate } from "../lib/engine/evaluate";
import { renderProposalPdf } from "../lib/export/pdf";
import { buildTemplate } from "../lib/templates";
import { median, type BenchResult } from "./stats";

/**
 * PDF proposal time: the enterprise template evaluated and rendered to its PDF (what a worker thread does for
 * GET /api/plans/:id/proposal.pdf, the French, engineer-audience variant: every section) — target < 2 s median
 * on the server. Two warm-up runs first (font parsing and module compilation happen once per thread).
 */
export async function runProposalBench(): Promise<BenchResult[]> {
  const plan = buildTemplate("enterprise");
  const render = () =>
    renderProposalPdf(plan, { date: "2026-12-03", locale: "fr", audience: "engineer" }, evaluate(plan));
  for (let i = 0; i < 2; i++) await render();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    bytes = (await render()).byteLength;
    times.push(performance.now() - t0);
  }
  return [
    {
      name: "pdf: enterprise template proposal, evaluate + render (median)",
      value: median(times),
      unit: "ms",
      target: 2000,
      direction: "max",
      detail: `${Math.round(bytes / 1024)} KB`,
    },
  ];
}
