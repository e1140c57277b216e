import { evaluate } from "@/lib/engine/evaluate";
import { handle, json, readJsonBody } from "@/lib/server/http";
import { validateDocument } from "@/lib/server/plans/validate";

export const dynamic = "force-dynamic";

/** POST /api/evaluate — a plan document (any schema version) → its report. 400 with JSON paths, 413, 422 as for saves. */
export async function POST(request: Request) {
  return handle(async () => json(evaluate(validateDocument(await readJsonBody(request)))), {
    documentPath: "$",
  });
}
