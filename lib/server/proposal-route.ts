import type { Audience } from "../export/pdf/constants";
import { resolveLocale } from "../export/pdf/locale";
import type { ProposalQuery } from "../export/pdf/query";
import { dnsLabel } from "../export/names";
import type { PlanDocument } from "../plan/plan-schema";
import { runJob } from "./jobs/pool";

/**
 * The answer of GET /api/plans/:id/proposal.pdf and /api/shared/:token/proposal.pdf: the proposal rendered on the
 * worker pool, as a PDF attachment named after the plan. The language is the query's, else the plan's, else the
 * browser's (Accept-Language); the date is the query's, else today (UTC).
 */
export async function proposalResponse(
  request: Request,
  document: PlanDocument,
  query: ProposalQuery,
  context: { audience: Audience; customer?: string; version?: string; reviewKeys?: string[] },
): Promise<Response> {
  const locale = resolveLocale(document, query.lang, request.headers.get("accept-language"));
  const date = query.date ?? new Date().toISOString().slice(0, 10);
  const body = await runJob(
    "pdf",
    { document, options: { ...context, locale, date } },
    { signal: request.signal },
  );
  const name = `${dnsLabel(document.metadata.name, "plan")}-proposal-${date}.pdf`;
  return new Response(body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "content-language": locale,
    },
  });
}
