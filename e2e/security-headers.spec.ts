import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { VISITOR } from "./owner-key";

/**
 * Browser security headers on every response, and the app working under its Content-Security-Policy: scripts
 * only by nonce (no 'unsafe-inline'), no framing, nosniff, the referrer policy per page. Chromium reports every
 * blocked script or style on the console: none may appear while the owner and a visitor use the app.
 */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|create)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test("pages carry a nonce CSP without unsafe-inline scripts, and the usual headers", async ({ request }) => {
  const res = await request.get("/");
  const csp = res.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(res.headers()["strict-transport-security"]).toBeUndefined(); // plain HTTP here
  // Every script element carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await res.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  const again = (await request.get("/")).headers()["content-security-policy"]!;
  expect(again).not.toBe(csp);
});

test("API answers and static files carry their headers too", async ({ request }) => {
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["x-frame-options"]).toBe("DENY");
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  const file = await request.get(asset);
  expect(file.status()).toBe(200);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  // The shared read, answered by Stackplan's server itself (its fast path), carries the same headers.
  const plan = await request.post("/api/plans", {
    data: { name: "Headers", document: buildTemplate("minimal") },
  });
  const { id } = (await plan.json()) as { id: string };
  const link = await request.post(`/api/plans/${id}/share-links`, { data: { role: "view" } });
  const { token } = (await link.json()) as { token: string };
  const shared = await request.get(`/api/shared/${token}`, { headers: { authorization: "" } });
  expect(shared.status()).toBe(200);
  expect(shared.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "content-security-policy": expect.stringContaining("default-src 'none'"),
    etag: expect.stringMatching(/^"/),
  });
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the owner's pages and a shared link work under the CSP, with no violation reported", async ({
  page,
  request,
  browser,
}) => {
  const violations = collectCspViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Plan a self-hosted AI platform" })).toBeVisible();
  // The inline theme script ran (it carries the nonce).
  await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
  const created = await request.post("/api/plans", {
    data: { name: "CSP test", document: buildTemplate("enterprise") },
  });
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.locator('.react-flow__node[data-id="postgres"]')).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
  // Client-side navigation and the theme toggle (scripts loaded after the first render).
  await page.getByRole("link", { name: "Plans" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  expect(violations).toEqual([]);

  const link = await request.post(`/api/plans/${id}/share-links`, {
    data: { role: "view", audience: "engineer" },
  });
  const { url } = (await link.json()) as { url: string };
  const visitor = await browser.newContext(VISITOR);
  const visitorPage = await visitor.newPage();
  const visitorViolations = collectCspViolations(visitorPage);
  const response = await visitorPage.goto(url);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(visitorPage.locator('.react-flow__node[data-id="postgres"]')).toBeVisible();
  await expect(visitorPage.getByText("View only", { exact: true })).toBeVisible();
  expect(visitorViolations).toEqual([]);
  await visitor.close();
});

test("the sign-in form works under the CSP (form-action 'self')", async ({ browser }) => {
  const visitor = await browser.newContext(VISITOR);
  const page = await visitor.newPage();
  const violations = collectCspViolations(page);
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fplans/);
  await page.getByLabel("Owner key").fill("not-the-key-0123456789");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That is not this installation's owner key.")).toBeVisible();
  expect(violations).toEqual([]);
  await visitor.close();
});
