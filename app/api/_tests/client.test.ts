import { beforeAll, describe, expect, it } from "vitest";
import { createApiClient, type ApiClient } from "@/lib/api/client";
import { ApiError, NetworkError } from "@/lib/api/errors";
import { buildTemplate } from "@/lib/templates";
import { OWNER_AUTH, setupTestDatabase } from "./helpers";
import { apiRoutes, type ApiRoute } from "./routes";

/**
 * The browser's API client (lib/api/client.ts) against the real route handlers and a real (temporary SQLite)
 * database: every path, method and parameter the client builds from an operation must reach a route file, and every
 * answer must parse with the operation's response schema.
 */

setupTestDatabase();

// Route handlers type their params precisely; the router passes what the URL held.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response> | Response;

/** A fetch that dispatches to the app/api route modules as Next.js does (static segments before parameters). */
function routerFetch(routes: ApiRoute[]): typeof fetch {
  const table = routes
    .map((route) => ({
      route,
      pattern: new RegExp(`^${route.path.replace(/\{([^}]+)\}/g, "(?<$1>[^/]+)")}$`),
      dynamic: (route.path.match(/\{/g) ?? []).length,
    }))
    .sort((a, b) => a.dynamic - b.dynamic);
  return async (input, init) => {
    const request = new Request(input as string, init);
    const url = new URL(request.url);
    for (const { route, pattern } of table) {
      const match = pattern.exec(url.pathname);
      const handler = route.mod[request.method] as Handler | undefined;
      if (!match || !handler) continue;
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
      );
      return handler(request, { params: Promise.resolve(params) });
    }
    return new Response("no route", { status: 404 });
  };
}

let owner: ApiClient;
let visitor: ApiClient;
const BASE = "http://localhost:3000";

beforeAll(async () => {
  const fetch = routerFetch(await apiRoutes());
  owner = createApiClient({ baseUrl: BASE, fetch, headers: OWNER_AUTH });
  visitor = createApiClient({ baseUrl: BASE, fetch, headers: { "x-forwarded-for": "192.0.2.7" } });
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("the API client against the route handlers", () => {
  it("creates, reads, lists, saves (with conflicts), versions, diffs and restores a plan", async () => {
    const created = await owner.createPlan({ name: "Client round trip", document: buildTemplate("minimal") });
    expect(created.revision).toBe(1);
    const { document } = await owner.getPlan(created.id);
    expect(document.metadata.name).toBe("Client round trip");
    const listed = await owner.listPlans({ q: "round trip", sort: "name" });
    expect(listed.plans.map((p) => p.id)).toEqual([created.id]);

    const edited = { ...document, workload: { ...document.workload, users: 321 } };
    expect((await owner.updatePlan(created.id, { baseRevision: 1, document: edited })).revision).toBe(2);
    const conflict = await rejection(owner.updatePlan(created.id, { baseRevision: 1, document }));
    expect([conflict.status, conflict.code, conflict.detail.currentRevision]).toEqual([409, "conflict", 2]);

    expect((await owner.listVersions(created.id)).versions.map((v) => v.revision)).toEqual([2, 1]);
    expect((await owner.getVersion(created.id, 1)).document.workload.users).toBe(document.workload.users);
    const diff = await owner.diff(created.id, 1);
    expect([diff.from, diff.to, diff.diff.workload]).toEqual([
      1,
      2,
      [{ path: "users", from: document.workload.users, to: 321 }],
    ]);
    expect((await owner.restoreVersion(created.id, 1, { baseRevision: 2 })).revision).toBe(3);
  });

  it("duplicates, archives, lists archived, restores and imports plans", async () => {
    const { id } = await owner.createPlan({ document: buildTemplate("minimal") });
    const copy = await owner.duplicatePlan(id, { name: "The copy" });
    expect((await owner.getPlan(copy.id)).name).toBe("The copy");
    expect(await owner.archivePlan(id)).toEqual({ id, archived: true });
    expect((await owner.listPlans({ archived: true })).plans.map((p) => p.id)).toContain(id);
    expect(await owner.restorePlan(id)).toEqual({ id, archived: false });
    const imported = await owner.importPlan(JSON.parse(JSON.stringify(buildTemplate("production"))));
    expect(imported.revision).toBe(1);
    const refused = await rejection(owner.importPlan({ schemaVersion: 2, nodes: "none" }));
    expect([refused.status, refused.code]).toEqual([400, "validation_failed"]);
  });

  it("shares a plan: links, the shared plan, saving through an edit link, revoking", async () => {
    const { id } = await owner.createPlan({ document: buildTemplate("minimal") });
    const view = await owner.createShareLink(id, { role: "view", label: "customer" });
    const edit = await owner.createShareLink(id, { role: "edit" });
    expect((await owner.listShareLinks(id)).links.map((l) => l.role).sort()).toEqual(["edit", "view"]);

    const shared = await visitor.getShared(view.token);
    expect([shared.role, shared.plan.id]).toEqual(["view", id]);
    const forbidden = await rejection(visitor.updateShared(view.token, { baseRevision: 1, name: "Nope" }));
    expect([forbidden.status, forbidden.code]).toEqual([403, "forbidden"]);
    expect((await visitor.updateShared(edit.token, { baseRevision: 1, name: "Renamed" })).revision).toBe(2);

    expect((await owner.revokeShareLink(id, view.id)).status).toBe("revoked");
    const gone = await rejection(visitor.getShared(view.token));
    expect([gone.status, gone.code]).toEqual([410, "link_revoked"]);
  });

  it("previews an export as JSON through the owner's plan and through a share link", async () => {
    const { id } = await owner.createPlan({ document: buildTemplate("minimal") });
    const files = await owner.exportFiles(
      { kind: "plan", planId: id },
      { format: "helm", environment: "dev" },
    );
    expect([files.format, files.environment]).toEqual(["helm", "dev"]);
    expect(Object.keys(files.files)).toContain("README.md");
    const link = await owner.createShareLink(id, { role: "view" });
    const viaLink = await visitor.exportFiles({ kind: "shared", token: link.token }, { format: "zip" });
    expect(Object.keys(viaLink.files).length).toBeGreaterThan(Object.keys(files.files).length);
    expect(owner.exportUrl({ kind: "plan", planId: id }, { format: "zip", environment: "staging" })).toBe(
      `${BASE}/api/plans/${id}/export?format=zip&environment=staging`,
    );
  });

  it("turns refusals into ApiError (401 without the owner key, 404 unknown plan)", async () => {
    const unauthorized = await rejection(visitor.listPlans());
    expect([unauthorized.status, unauthorized.code]).toEqual([401, "unauthorized"]);
    const missing = await rejection(owner.getPlan("no-such-plan"));
    expect([missing.status, missing.code]).toEqual([404, "not_found"]);
  });
});

describe("the API client's transport", () => {
  it("reports no answer as NetworkError and an unreadable error page by its status", async () => {
    const offline = createApiClient({ fetch: () => Promise.reject(new TypeError("fetch failed")) });
    await expect(offline.getPlan("x")).rejects.toBeInstanceOf(NetworkError);
    const proxy = createApiClient({
      fetch: async () => new Response("<html>Bad gateway</html>", { status: 503 }),
    });
    const error = await rejection(proxy.getPlan("x"));
    expect([error.status, error.code]).toEqual([503, "unavailable"]);
    expect(error.message).toContain("Bad gateway");
  });

  it("refuses an answer that does not match the operation's schema", async () => {
    const wrong = createApiClient({ fetch: async () => Response.json({ plans: [{ id: 1 }] }) });
    await expect(wrong.listPlans()).rejects.toThrow(/plans/);
  });

  it("builds paths from the operation, encoding parameters, and leaves empty query values out", async () => {
    const urls: string[] = [];
    const recorder = createApiClient({
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json({ links: [] });
      },
    });
    await recorder.listShareLinks("a/b c");
    expect(urls).toEqual(["/api/plans/a%2Fb%20c/share-links"]);
    expect(() => recorder.exportUrl({ kind: "plan", planId: "" }, { format: "zip" })).toThrow(
      /"id" is missing/,
    );
  });
});
