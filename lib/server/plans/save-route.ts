import { patchPlanBodySchema, type SavedPlan } from "../../api/schemas";
import { handleOwner, json, parseWith, readJsonBody } from "../http";
import { savePlan } from "./save";

/**
 * PATCH /api/plans/:id `{ baseRevision, document?, name?, message? }` → `{ revision, updatedAt }`; 409
 * `{ error: { code: "conflict", currentRevision } }` when someone saved since baseRevision. Shared by the Next.js
 * route and the direct routes of Stackplan's server (lib/server/direct-routes.ts): the autosave is the hottest
 * write.
 */
export function patchPlanRoute(request: Request, id: string): Promise<Response> {
  return handleOwner(
    request,
    async () => {
      const body = parseWith(patchPlanBodySchema, await readJsonBody(request));
      const saved: SavedPlan = await savePlan(id, body);
      return json(saved);
    },
    { documentPath: "$.document" },
  );
}
