import { estimate, estimateRequestSchema, EngineInputError } from "@/lib/engine/llm";
import { jsonTextResponse, publicEngineCaller } from "@/lib/server/engine-routes";
import { InputInvalidError } from "@/lib/server/errors";
import { handle, json, parseWith, readJsonBody } from "@/lib/server/http";
import { runJob } from "@/lib/server/jobs/pool";

export const dynamic = "force-dynamic";

/**
 * POST /api/estimate — one serving configuration (the `stackplan estimate` request, camelCase fields) → its
 * estimate (≈ 0.01 ms: computed here); a JSON array of requests → an array of results in order, a failing item
 * holding `{ error }` (run on the engine's worker pool; anonymous callers send at most 100). 400 with JSON paths on
 * a malformed request or an unknown catalog id (the message names the nearest ids), 429 above the anonymous rate.
 */
export async function POST(request: Request) {
  return handle(
    async () => {
      const { limits, maxBodyBytes } = await publicEngineCaller(request);
      const body = await readJsonBody(request, maxBodyBytes);
      if (Array.isArray(body))
        return jsonTextResponse(
          await runJob("estimateBatch", { batch: body, limits }, { signal: request.signal }),
        );
      const parsed = parseWith(estimateRequestSchema, body);
      try {
        return json(estimate(parsed));
      } catch (e) {
        if (e instanceof EngineInputError)
          throw new InputInvalidError([{ path: `$.${e.field}`, message: e.message }]);
        throw e;
      }
    },
    { request },
  );
}
