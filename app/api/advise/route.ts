import { documentJobRoute } from "@/lib/server/engine-routes";

export const dynamic = "force-dynamic";

/**
 * POST /api/advise — a plan document → `{ recommended, options[], cloudAlternative, searched, notes }`: the cheapest
 * deployment meeting its SLOs and constraints, the Pareto front and the cloud alternatives. Runs on the engine's
 * worker pool; answers as POST /api/evaluate.
 */
export async function POST(request: Request) {
  return documentJobRoute("advise", request);
}
