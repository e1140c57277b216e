import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { startAppServer, type AppServer } from "../lib/server/testing/app-server";
import { createTestDb, type TestDb } from "../lib/server/testing/test-db";

/**
 * Attacks on sessions, forms and addresses, each against a real server of its own (Stackplan's server over the
 * production build) so that exhausting a rate limit here does not starve the other end-to-end tests: CSRF from
 * another port, open redirects after sign-in, replaying a signed-out cookie, a rotated key, spoofed
 * X-Forwarded-For with and without TRUST_PROXY, 429 and 410 on /s/<token>, and one rate limit shared by two
 * instances (PostgreSQL, then Redis).
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const servers: AppServer[] = [];
const databases: TestDb[] = [];
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await Promise.all(databases.map((d) => d.cleanup()));
});

async function server(env: Record<string, string> = {}): Promise<AppServer> {
  const s = await startAppServer({ env });
  servers.push(s);
  return s;
}

/** Signs in with the form as a browser would; returns the session cookie. */
async function signIn(s: AppServer): Promise<string> {
  const key = s.ownerHeaders.authorization!.replace("Bearer ", "");
  const res = await fetch(`${s.url}/api/session`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: s.url,
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({ key, next: "/plans" }),
  });
  expect(res.status).toBe(303);
  const cookie = /stackplan_owner=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  expect(cookie).toBeTruthy();
  return `stackplan_owner=${cookie}`;
}

async function planCount(s: AppServer): Promise<number> {
  const res = await fetch(`${s.url}/api/plans`, { headers: s.ownerHeaders });
  return ((await res.json()) as { plans: unknown[] }).plans.length;
}

test("CSRF: a page on another port cannot create, change or delete plans with the owner's cookie", async () => {
  const s = await server();
  const cookie = await signIn(s);
  const before = await planCount(s);
  const evil = "http://127.0.0.1:1"; // another port of the same host: same site, other origin
  const body = JSON.stringify({ name: "csrf", document: buildTemplate("minimal") });
  // What a no-cors fetch or a form can send: text/plain (Chromium adds Sec-Fetch-Site: same-site).
  const plain = await fetch(`${s.url}/api/plans`, {
    method: "POST",
    headers: { cookie, "content-type": "text/plain", origin: evil, "sec-fetch-site": "same-site" },
    body,
  });
  expect([403, 415]).toContain(plain.status);
  // Even as JSON, from another origin (older browsers: Origin only).
  const json = await fetch(`${s.url}/api/plans`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: evil },
    body,
  });
  expect(json.status).toBe(403);
  // From this origin it works.
  const own = await fetch(`${s.url}/api/plans`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: s.url, "sec-fetch-site": "same-origin" },
    body,
  });
  expect(own.status).toBe(201);
  expect(await planCount(s)).toBe(before + 1);
  // Login CSRF: a sign-in form posted from elsewhere is refused.
  const key = s.ownerHeaders.authorization!.replace("Bearer ", "");
  const forged = await fetch(`${s.url}/api/session`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: evil,
      "sec-fetch-site": "cross-site",
    },
    body: new URLSearchParams({ key }),
  });
  expect(forged.status).toBe(403);
});

test("sign-in redirects only to paths of this site, and hostile targets never cause a 500", async () => {
  const s = servers[0]!;
  const key = s.ownerHeaders.authorization!.replace("Bearer ", "");
  for (const next of [
    "//evil.example",
    "/\t/evil.example",
    "/\\evil.example",
    "https://evil.example",
    "/\r\n/evil",
    "/%0d%0aSet-Cookie:%20x=1",
  ]) {
    const res = await fetch(
      `${s.url}/api/session?key=${encodeURIComponent(key)}&next=${encodeURIComponent(next)}`,
      {
        redirect: "manual",
      },
    );
    expect(res.status, next).toBe(303);
    const location = res.headers.get("location")!;
    expect(location, next).toMatch(/^\/(?!\/)/);
    expect(new URL(location, s.url).origin).toBe(s.url);
    expect(res.headers.get("set-cookie")).not.toContain("x=1");
  }
});

test("a revoked or expired /s/<token> answers 410 with a page saying so", async () => {
  const s = servers[0]!;
  const { token, planId, linkId } = await sharedToken(s);
  expect((await fetch(`${s.url}/s/${token}`)).status).toBe(200);
  const revoke = await fetch(`${s.url}/api/plans/${planId}/share-links/${linkId}`, {
    method: "DELETE",
    headers: s.ownerHeaders,
  });
  expect(revoke.status).toBe(200);
  // The very next request fails, page and API alike (the cached answer is not served).
  const page = await fetch(`${s.url}/s/${token}`);
  expect(page.status).toBe(410);
  expect(await page.text()).toContain("<h1>This link has been revoked</h1>");
  expect(page.headers.get("referrer-policy")).toBe("no-referrer");
  expect((await fetch(`${s.url}/api/shared/${token}`)).status).toBe(410);

  const headers = { ...s.ownerHeaders, "content-type": "application/json" };
  const expiring = await fetch(`${s.url}/api/plans/${planId}/share-links`, {
    method: "POST",
    headers,
    body: JSON.stringify({ role: "view", expiresAt: new Date(Date.now() + 1500).toISOString() }),
  });
  const { token: soon } = (await expiring.json()) as { token: string };
  expect((await fetch(`${s.url}/api/shared/${soon}`)).status).toBe(200);
  await new Promise((r) => setTimeout(r, 2000));
  const expired = await fetch(`${s.url}/s/${soon}`);
  expect(expired.status).toBe(410);
  expect(await expired.text()).toContain("<h1>This link has expired</h1>");
});

test("signing out revokes the session on the server; rotating the key revokes every session", async () => {
  const s = servers[0]!;
  const cookie = await signIn(s);
  expect((await fetch(`${s.url}/api/plans`, { headers: { cookie } })).status).toBe(200);
  const out = await fetch(`${s.url}/api/session/sign-out`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: s.url },
  });
  expect(out.status).toBe(303);
  // The stolen or kept cookie no longer works, on the API and on pages.
  expect((await fetch(`${s.url}/api/plans`, { headers: { cookie } })).status).toBe(401);
  expect((await fetch(`${s.url}/plans`, { headers: { cookie }, redirect: "manual" })).status).toBe(307);

  const kept = await signIn(s);
  await s.kill();
  await s.restart({ STACKPLAN_OWNER_KEY: "a-rotated-owner-key-0123456789" });
  expect((await fetch(`${s.url}/api/plans`, { headers: { cookie: kept } })).status).toBe(401);
  const rotated = { authorization: "Bearer a-rotated-owner-key-0123456789" };
  expect((await fetch(`${s.url}/api/plans`, { headers: rotated })).status).toBe(200);
  expect((await fetch(`${s.url}/api/plans`, { headers: s.ownerHeaders })).status).toBe(401);
});

/** A plan with a view link on `s`; returns the token. */
async function sharedToken(
  s: AppServer,
  owner = s.ownerHeaders,
): Promise<{ token: string; planId: string; linkId: string }> {
  const headers = { ...owner, "content-type": "application/json" };
  const plan = await fetch(`${s.url}/api/plans`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: "Shared", document: buildTemplate("minimal") }),
  });
  const { id } = (await plan.json()) as { id: string };
  const link = await fetch(`${s.url}/api/plans/${id}/share-links`, {
    method: "POST",
    headers,
    body: '{"role":"view"}',
  });
  const { token, id: linkId } = (await link.json()) as { token: string; id: string };
  return { token, planId: id, linkId };
}

test("without TRUST_PROXY a spoofed X-Forwarded-For neither dodges the limit nor spends another client's", async () => {
  const s = await server({ TOKEN_RATE_LIMIT_BURST: "3", TOKEN_RATE_LIMIT_PER_SECOND: "0.01" });
  const { token } = await sharedToken(s);
  const statuses = [];
  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${s.url}/api/shared/${token}`, {
      headers: { "x-forwarded-for": `198.51.100.${i}` },
    });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([200, 200, 200, 429, 429]); // one bucket: the socket's address
  // The /s/<token> page answers 429 itself, with Retry-After and a page saying so.
  const page = await fetch(`${s.url}/s/${token}`);
  expect(page.status).toBe(429);
  expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await page.text()).toContain("<h1>Too many requests</h1>");
});

test("with TRUST_PROXY=1 the proxy's address for the client counts, and spoofing the rest changes nothing", async () => {
  const s = await server({
    TRUST_PROXY: "1",
    TOKEN_RATE_LIMIT_BURST: "3",
    TOKEN_RATE_LIMIT_PER_SECOND: "0.01",
  });
  const { token } = await sharedToken(s);
  // The proxy appends the address it saw; the client wrote the part before it.
  const via = (client: string, spoofed?: string) => ({
    "x-forwarded-for": spoofed ? `${spoofed}, ${client}` : client,
  });
  const get = async (headers: Record<string, string>) =>
    (await fetch(`${s.url}/api/shared/${token}`, { headers })).status;
  for (let i = 0; i < 3; i++) expect(await get(via("203.0.113.1", `10.9.9.${i}`))).toBe(200);
  expect(await get(via("203.0.113.1", "203.0.113.2"))).toBe(429); // no dodging with a spoofed entry
  expect(await get(via("203.0.113.2"))).toBe(200); // the victim named in the spoof is untouched
  // Links built from the proxy's X-Forwarded-Proto/Host, and HSTS when the proxy says TLS.
  const res = await fetch(`${s.url}/api/health`, {
    headers: { "x-forwarded-proto": "https", "x-forwarded-host": "plans.example.com" },
  });
  expect(res.headers.get("strict-transport-security")).toContain("max-age=");
});

test("without TRUST_PROXY, X-Forwarded-Proto/Host are ignored: no HSTS over HTTP, links on the Host header", async () => {
  const s = servers.find((x) => x !== servers[0])!;
  const res = await fetch(`${s.url}/api/health`, {
    headers: { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
  });
  expect(res.headers.get("strict-transport-security")).toBeNull();
  const link = await fetch(`${s.url}/api/plans`, {
    method: "POST",
    headers: { ...s.ownerHeaders, "content-type": "application/json", "x-forwarded-host": "evil.example" },
    body: JSON.stringify({ document: buildTemplate("minimal") }),
  });
  const { id } = (await link.json()) as { id: string };
  const created = await fetch(`${s.url}/api/plans/${id}/share-links`, {
    method: "POST",
    headers: { ...s.ownerHeaders, "content-type": "application/json", "x-forwarded-host": "evil.example" },
    body: '{"role":"view"}',
  });
  expect(((await created.json()) as { url: string }).url.startsWith(`${s.url}/s/`)).toBe(true);
});

for (const store of ["postgres", "redis"] as const) {
  test(`two instances share one rate limit (${store === "postgres" ? "PostgreSQL" : "Redis"})`, async () => {
    const db = await createTestDb("postgres");
    databases.push(db);
    const env: Record<string, string> = {
      DATABASE_URL: db.target.url,
      STACKPLAN_OWNER_KEY: `two-instances-owner-key-${store}-0123`,
      TOKEN_RATE_LIMIT_BURST: "4",
      TOKEN_RATE_LIMIT_PER_SECOND: "0.01",
      ...(store === "redis" && {
        REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
        TRUST_PROXY: "loopback",
      }),
    };
    const [a, b] = [await server(env), await server(env)];
    const { token } = await sharedToken(a);
    // With Redis the bucket outlives the test: a client address of its own (through the trusted loopback proxy)
    // keeps runs apart.
    const client: Record<string, string> =
      store === "redis"
        ? {
            "x-forwarded-for": `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Date.now().toString(16).slice(-4)}`,
          }
        : {};
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const s = i % 2 === 0 ? a : b;
      statuses.push((await fetch(`${s.url}/api/shared/${token}`, { headers: client })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
}
