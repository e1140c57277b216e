import { describe, expect, it } from "vitest";
import { healthSchema } from "@/lib/api/system-schemas";
import { resolveDatabaseTarget } from "@/lib/server/db/database-url";
import { call, setupTestDatabase } from "../_tests/helpers";
import * as health from "./route";

setupTestDatabase();

describe("GET /api/health", () => {
  it("answers 200 with the documented body on a migrated database", async () => {
    const res = await call(health.GET);
    expect(res.status).toBe(200);
    const body = healthSchema.parse(res.body);
    expect(body).toMatchObject({ status: "ok", database: { reachable: true, migrationsApplied: true } });
    expect(body.database.pendingMigrations).toEqual([]);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("shows where the database is to the owner only", async () => {
    const configured = resolveDatabaseTarget().url;
    const owner = healthSchema.parse((await call(health.GET)).body);
    expect(owner.database.url).toBe(configured);
    const anonymous = await call(health.GET, { anonymous: true });
    const body = healthSchema.parse(anonymous.body);
    expect(body.database.url).toBeUndefined();
    expect(JSON.stringify(anonymous.body)).not.toContain(configured.replace(/^file:/, ""));
  });
});
