import { API_HEADERS, SHARE_URL_HEADERS } from "./content-security";
import { documentJobRoute } from "./engine-routes";
import { patchPlanRoute } from "./plans/save-route";
import { sharedReadRoute } from "./shared-plan";

/**
 * The hottest routes, which Stackplan's server (lib/server/serve.ts) answers itself instead of handing them to
 * Next.js: a shared-link read, an engine call, an autosave. Each runs exactly the function its Next.js route runs
 * (the route files call the same ones, and serve them under a bare `next start`); what is skipped is Next.js's
 * routing, tracing and web-stream plumbing — about 90% of a shared read's CPU. `headers` are the ones next.config.ts
 * gives these paths (plus the headers of every response, added by the server).
 */
export interface DirectRoute {
  method: string;
  /** Matched against the path without the query string; groups are the route's parameters. */
  path: RegExp;
  headers: Record<string, string>;
  run(request: Request, params: string[]): Promise<Response>;
}

export const DIRECT_ROUTES: DirectRoute[] = [
  {
    method: "GET",
    path: /^\/api\/shared\/([A-Za-z0-9_-]{43})$/,
    headers: { ...API_HEADERS, ...SHARE_URL_HEADERS },
    run: (request, [token]) => sharedReadRoute(request, token!),
  },
  {
    method: "POST",
    path: /^\/api\/evaluate$/,
    headers: API_HEADERS,
    run: (request) => documentJobRoute("evaluate", request),
  },
  {
    method: "POST",
    path: /^\/api\/advise$/,
    headers: API_HEADERS,
    run: (request) => documentJobRoute("advise", request),
  },
  {
    method: "PATCH",
    path: /^\/api\/plans\/([A-Za-z0-9_-]{1,64})$/,
    headers: API_HEADERS,
    run: (request, [id]) => patchPlanRoute(request, id!),
  },
];

/** The direct route for a method and path, with its parameters, or undefined (Next.js answers). */
export function findDirectRoute(
  method: string,
  pathname: string,
): { route: DirectRoute; params: string[] } | undefined {
  for (const route of DIRECT_ROUTES) {
    if (route.method !== method) continue;
    const match = route.path.exec(pathname);
    if (match) return { route, params: match.slice(1) };
  }
  return undefined;
}
