import type { ExportQuery } from "../export";
import type { PlanDocument } from "../plan/plan-schema";
import { MAX_BODY_BYTES, PUBLIC_ENGINE_LIMITS } from "../api/limits";
import { clientIp, handle, isOwner, readBodyText } from "./http";
import type { PublicLimits } from "./jobs/public-limits";
import { runJob } from "./jobs/pool";
import { takeToken } from "./rate-limit-stores";

/**
 * The public engine routes' common path: who is calling (the owner, or an anonymous caller who is rate-limited per
 * address and held to PUBLIC_ENGINE_LIMITS), the body read within the caller's byte cap, and the work run on the
 * worker pool (lib/server/jobs) — answered as the JSON text the job produced.
 */
export async function publicEngineCaller(
  request: Request,
): Promise<{ limits: PublicLimits | null; maxBodyBytes: number }> {
  if (await isOwner(request)) return { limits: null, maxBodyBytes: MAX_BODY_BYTES };
  await takeToken("engine", clientIp(request.headers));
  return { limits: PUBLIC_ENGINE_LIMITS, maxBodyBytes: PUBLIC_ENGINE_LIMITS.bodyBytes };
}

export function jsonTextResponse(text: string): Response {
  return new Response(text, { headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

/** POST /api/evaluate and /api/advise: a plan document in, the job's JSON out. */
export function documentJobRoute(kind: "evaluate" | "advise", request: Request): Promise<Response> {
  return handle(
    async () => {
      const { limits, maxBodyBytes } = await publicEngineCaller(request);
      const bodyText = await readBodyText(request, maxBodyBytes);
      return jsonTextResponse(await runJob(kind, { bodyText, limits }, { signal: request.signal }));
    },
    { documentPath: "$", request },
  );
}

/**
 * A plan's bundle (GET /api/plans/:id/export and /api/shared/:token/export), built on the worker pool: the zip, or
 * the files as JSON with `Accept: application/json` — the same answer lib/export's exportResponse gives.
 */
export async function exportJobResponse(
  request: Request,
  document: PlanDocument,
  query: ExportQuery,
): Promise<Response> {
  const parts = await runJob(
    "export",
    { document, query, accept: request.headers.get("accept") },
    { signal: request.signal },
  );
  return new Response(parts.body, { status: parts.status, headers: parts.headers });
}
