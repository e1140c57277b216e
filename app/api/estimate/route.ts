import {
  estimate,
  estimateRequestSchema,
  EngineInputError,
  withProductDevices,
  type EstimateRequestInput,
} from "@/lib/engine/llm";
import { jsonTextResponse, publicEngineCaller } from "@/lib/server/engine-routes";
import { InputInvalidError } from "@/lib/server/errors";
import { handle, json, parseWith, readJsonBody } from "@/lib/server/http";
import { runJob } from "@/lib/server/jobs/pool";

export const dynamic = "force-dynamic";

/**
 * POST /api/estimate — one serving configuration (the `stackplan estimate` request, camelCase fields) → its
 * estimate (≈ 0.01 ms: computed here); a JSON array of requests → an array of results in order, a failing item
 * holding `{ error }` (run on the engine's worker pool; anonymous callers send at most 100). With `product` and no
 * `devices`, every accelerator of one unit (the CLI's rule, lib/engine/llm/product-devices.ts); more per server than
 * it holds is a 400 on `$.devices`. 400 with JSON paths on a malformed request or an unknown catalog id (the message
 * names the nearest ids), 429 above the anonymous rate.
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
        // The rule sees `devices` as sent (absent stays absent), not the schema's default of 1.
        const sent = { ...parsed, devices: (body as EstimateRequestInput).devices };
        return json(estimate(withProductDevices(sent).request));
      } catch (e) {
        if (e instanceof EngineInputError)
          throw new InputInvalidError([{ path: `$.${e.field}`, message: e.message }]);
        throw e;
      }
    },
    { request },
  );
}
