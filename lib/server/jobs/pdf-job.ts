import { renderProposalPdf, type ProposalOptions } from "../../export/pdf";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * GET …/proposal.pdf: the PDF proposal, rendered in a worker thread (the engine's evaluate plus pdfkit take
 * ~0.3–1 s for the enterprise template: never on the request thread). Returns the bytes as an ArrayBuffer, which
 * crosses the thread boundary without a copy of its content being serialised as text.
 */
export interface PdfJobInput {
  document: PlanDocument;
  options: ProposalOptions & { date: string };
}

export async function pdfJob(input: PdfJobInput): Promise<ArrayBuffer> {
  const bytes = await renderProposalPdf(input.document, input.options);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
