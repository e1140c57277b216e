import { describe, expect, it } from "vitest";
import { isPublicPath } from "@/lib/server/owner-access";
import { call, setupTestDatabase, type ErrorBody } from "./helpers";
import { apiRoutes } from "./routes";

setupTestDatabase();

type Handler = Parameters<typeof call>[0];

describe("the owner gate on the API", () => {
  it("every non-public route answers 401 to a caller without the owner key, before touching anything", async () => {
    const all = await apiRoutes();
    const owner = all.filter((r) => !isPublicPath(r.path.replace(/\{[^}]+\}/g, "x")));
    expect(owner.length).toBeGreaterThanOrEqual(13);
    for (const { path, mod, methods } of owner) {
      for (const method of methods) {
        const handler = mod[method] as Handler;
        const res = await call<ErrorBody>(handler, {
          method,
          url: path,
          anonymous: true,
          params: { id: "x", rev: "1", linkId: "x" },
          ...(method === "GET" || method === "DELETE" ? {} : { body: { baseRevision: 1, name: "intruder" } }),
        });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.body.error.code).toBe("unauthorized");
      }
    }
  });

  it("a wrong bearer key or a forged cookie is refused too", async () => {
    const mod = (await import("../plans/route")) as { GET: Handler };
    const forged: Record<string, string>[] = [
      { authorization: "Bearer wrong-key-wrong-key" },
      { cookie: "stackplan_owner=forged" },
    ];
    for (const headers of forged) {
      const res = await call<ErrorBody>(mod.GET, { url: "/api/plans", anonymous: true, headers });
      expect(res.status).toBe(401);
    }
  });
});
