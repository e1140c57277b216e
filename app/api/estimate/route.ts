import { estimate, estimateBatch, estimateRequestSchema, EngineInputError } from "@/lib/engine/llm";
import { InputInvalidError } from "@/lib/server/errors";
import { handle, json, parseWith, readJsonBody } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/estimate — one serving configuration (the `stackplan estimate` request, camelCase fields) → its
 * estimate; a JSON array of requests → an array of results in order, a failing item holding `{ error }`.
 * 400 with JSON paths on a malformed request or an unknown catalog id (the message names the nearest ids).
 */
export async function POST(request: Request) {
  return handle(async () => {
    const body = await readJsonBody(request);
    if (Array.isArray(body)) return json(estimateBatch(body));
    const parsed = parseWith(estimateRequestSchema, body);
    try {
      return json(estimate(parsed));
    } catch (e) {
      if (e instanceof EngineInputError)
        throw new InputInvalidError([{ path: `$.${e.field}`, message: e.message }]);
      throw e;
    }
  });
}
