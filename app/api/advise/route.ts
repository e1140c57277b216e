import { advise } from "@/lib/engine/advisor";
import { handle, json, readJsonBody } from "@/lib/server/http";
import { validateDocument } from "@/lib/server/plans/validate";

export const dynamic = "force-dynamic";

/**
 * POST /api/advise — a plan document → `{ recommended, options[], cloudAlternative, searched, notes }`: the cheapest
 * deployment meeting its SLOs and constraints, the Pareto front and the cloud alternatives.
 */
export async function POST(request: Request) {
  return handle(async () => json(advise(validateDocument(await readJsonBody(request)))), {
    documentPath: "$",
  });
}
