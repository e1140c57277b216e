import { expect, test } from "@playwright/test";
import { PUBLIC_ENGINE_LIMITS } from "../lib/api/limits";
import { generateLargePlan } from "../lib/templates/generate";
import { buildTemplate } from "../lib/templates";
import { OWNER_HEADERS } from "./owner-key";

/**
 * Hostile input and hostile load against the real server (the end-to-end server: Stackplan's server over the
 * production build, SQLite): what an attacker sends gets a 400/413 naming the field or the limit — never a 500 —
 * and engine work never stalls the server for others.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
const JSON_TYPE = { "content-type": "application/json" };

type ErrorBody = {
  error: { code: string; message: string; limit?: number; count?: number; issues?: { path: string }[] };
};

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { ...JSON_TYPE, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ErrorBody & Record<string, unknown> };
}

test("control characters are refused with 400 naming the field, in documents and around them", async () => {
  const document = buildTemplate("minimal");
  document.nodes[0]!.label = "api\u0000";
  const inDocument = await post("/api/plans", { name: "NUL test", document }, OWNER_HEADERS);
  expect(inDocument.status).toBe(400);
  expect(inDocument.body.error.issues?.[0]?.path).toBe("$.document.nodes[0].label");

  const inName = await post(
    "/api/plans",
    { name: "a\u0000b", document: buildTemplate("minimal") },
    OWNER_HEADERS,
  );
  expect(inName.status).toBe(400);
  expect(inName.body.error.issues?.[0]?.path).toBe("$.name");

  const escape = await post("/api/evaluate", {
    ...buildTemplate("minimal"),
    metadata: { name: "\u001b[31mred" },
  });
  expect(escape.status).toBe(400);
  expect(escape.body.error.message).toContain("U+001B");

  // In the URL and the query string too (PostgreSQL cannot even compare with U+0000).
  const inPath = await fetch(`${BASE}/api/plans/a%00b`, { headers: OWNER_HEADERS });
  expect(inPath.status).toBe(400);
  const inQuery = await fetch(`${BASE}/api/plans?q=%00`, { headers: OWNER_HEADERS });
  expect(inQuery.status).toBe(400);
});

test("prototype names as ids or types and null list items are 400, never a 500", async () => {
  for (const id of ["__proto__", "constructor", "toString"]) {
    const document = buildTemplate("minimal");
    const old = document.nodes[0]!.id;
    document.nodes[0]!.id = id;
    for (const e of document.edges) {
      if (e.source === old) e.source = id;
      if (e.target === old) e.target = id;
    }
    const res = await post("/api/evaluate", document);
    expect(res.status, id).toBe(400);
    expect(res.body.error.issues?.[0]?.path).toBe("$.nodes[0].id");
  }
  const v1 = await post("/api/advise", {
    schemaVersion: 1,
    name: "x",
    nodes: [null, { id: "a", type: "constructor" }],
  });
  expect(v1.status).toBe(400);
  expect(v1.body.error.issues?.map((i) => i.path)).toEqual(["$.nodes[0]", "$.nodes[1].type"]);
  const batch = await post("/api/estimate", [null]);
  expect(batch.status).toBe(400);
  const cidr = buildTemplate("enterprise");
  cidr.zones[0]!.cidr = "10.0.0.0/33";
  const badCidr = await post("/api/evaluate", cidr);
  expect(badCidr.status).toBe(400);
  expect(badCidr.body.error.issues?.[0]?.path).toBe("$.zones[0].cidr");
});

test("anonymous engine calls are capped (413 naming the limit); the owner is not", async () => {
  const plan = generateLargePlan(PUBLIC_ENGINE_LIMITS.nodes + 50);
  const anonymous = await post("/api/evaluate", plan);
  expect(anonymous.status).toBe(413);
  expect(anonymous.body.error).toMatchObject({
    code: "payload_too_large",
    limit: PUBLIC_ENGINE_LIMITS.nodes,
    count: PUBLIC_ENGINE_LIMITS.nodes + 50,
  });
  expect(anonymous.body.error.message).toContain(`at most ${PUBLIC_ENGINE_LIMITS.nodes} nodes`);
  const owner = await post("/api/evaluate", plan, OWNER_HEADERS);
  expect(owner.status).toBe(200);
  const batch = await post(
    "/api/estimate",
    Array.from({ length: PUBLIC_ENGINE_LIMITS.batchItems + 1 }, () => ({})),
  );
  expect(batch.status).toBe(413);
  expect(batch.body.error.limit).toBe(PUBLIC_ENGINE_LIMITS.batchItems);
});

test("/api/health shows no database path to anonymous callers", async () => {
  const anonymous = (await (await fetch(`${BASE}/api/health`)).json()) as {
    database: Record<string, unknown>;
  };
  expect(anonymous.database.url).toBeUndefined();
  expect(JSON.stringify(anonymous)).not.toMatch(/e2e\.db|data\//);
  const owner = (await (await fetch(`${BASE}/api/health`, { headers: OWNER_HEADERS })).json()) as {
    database: Record<string, unknown>;
  };
  expect(owner.database.url).toContain("e2e.db");
});

test("a 2,000-node advise in flight: /api/health answers within 200 ms; jobs stop when their callers leave", async () => {
  test.setTimeout(120_000);
  const body = JSON.stringify(generateLargePlan(2000));
  const controller = new AbortController();
  const advise = () =>
    fetch(`${BASE}/api/advise`, {
      method: "POST",
      headers: { ...JSON_TYPE, ...OWNER_HEADERS },
      body,
      signal: controller.signal,
    }).catch((e: unknown) => e);
  const advises = [advise()];
  await new Promise((r) => setTimeout(r, 1500));
  const timings: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const res = await fetch(`${BASE}/api/health`);
    timings.push(performance.now() - started);
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(Math.max(...timings), `health took ${timings.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThan(
    200,
  );
  // A second one takes the other engine thread (ENGINE_THREADS is 2 here): every thread is busy for ~20 s. Then
  // the callers leave: their jobs are cancelled.
  advises.push(advise());
  const engine = async () =>
    (
      (await (await fetch(`${BASE}/api/health`, { headers: OWNER_HEADERS })).json()) as {
        engine: { threads: number; running: number; queued: number };
      }
    ).engine;
  await expect.poll(async () => (await engine()).running, { timeout: 10_000 }).toBe(2);
  controller.abort();
  for (const result of await Promise.all(advises)) expect(result).toBeInstanceOf(Error);
  // Both jobs were stopped (their threads terminated and replaced), not left to run for another ~20 s.
  await expect.poll(async () => (await engine()).running, { timeout: 3_000 }).toBe(0);
  expect((await post("/api/evaluate", buildTemplate("enterprise"))).status).toBe(200);
});
