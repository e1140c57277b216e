import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { E2E_OWNER_KEY, VISITOR } from "./owner-key";

/**
 * The owner gate: plans, the designer and /api/plans are the owner's; a share link's holder gets exactly the link's
 * rights, and cannot reach the owner's API with the plan id instead.
 */
test("a visitor is sent to sign in; a view link's holder cannot write through the owner API", async ({
  browser,
  request,
}) => {
  const created = await request.post("/api/plans", {
    data: { name: "Gate test", document: buildTemplate("minimal") },
  });
  const { id } = (await created.json()) as { id: string };
  const link = await request.post(`/api/plans/${id}/share-links`, {
    data: { role: "view", audience: "engineer" },
  });
  const { url } = (await link.json()) as { url: string };

  const visitor = await browser.newContext(VISITOR);
  const page = await visitor.newPage();
  await page.goto(url);
  await expect(page.getByText("View only", { exact: true })).toBeVisible();
  // No owner navigation for a visitor.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  const origin = new URL(url).origin;
  const list = await page.request.get(`${origin}/api/plans`);
  expect(list.status()).toBe(401);
  expect(((await list.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  const write = await page.request.patch(`${origin}/api/plans/${id}`, {
    data: { baseRevision: 1, name: "Hijacked" },
  });
  expect(write.status()).toBe(401);
  const mint = await page.request.post(`${origin}/api/plans/${id}/share-links`, { data: { role: "edit" } });
  expect(mint.status()).toBe(401);
  const plan = (await (await request.get(`/api/plans/${id}`)).json()) as { name: string; revision: number };
  expect(plan).toMatchObject({ name: "Gate test", revision: 1 });

  await page.goto(`${origin}/plans/${id}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Stackplan" })).toBeVisible();
  await visitor.close();
});

test("the owner signs in with the key (a wrong one is refused), lands where they were going, and signs out", async ({
  browser,
}) => {
  const context = await browser.newContext(VISITOR);
  const page = await context.newPage();
  const base = test.info().project.use.baseURL!;
  await page.goto(`${base}/plans`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fplans/);

  await page.getByLabel("Owner key").fill("not-the-key-at-all-000");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next's route announcer is also an (empty) alert: pick ours by its text.
  await expect(
    page.getByRole("alert").filter({ hasText: "not this installation's owner key" }),
  ).toBeVisible();

  await page.getByLabel("Owner key").fill(E2E_OWNER_KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  // The cookie holds an HMAC of the key, never the key.
  const cookie = (await context.cookies()).find((c) => c.name === "stackplan_owner")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookie.value).not.toContain(E2E_OWNER_KEY);
  // The app's own calls (same-origin fetch) carry the cookie.
  const apiStatus = () => page.evaluate(async () => (await fetch("/api/plans")).status);
  expect(await apiStatus()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1/);
  expect(await apiStatus()).toBe(401);

  // The one-time link `npm start` prints signs in directly.
  await page.goto(`${base}/api/session?key=${encodeURIComponent(E2E_OWNER_KEY)}&next=/`);
  await expect(page.getByRole("heading", { level: 1, name: "Plan a self-hosted AI platform" })).toBeVisible();
  await context.close();
});
