import { expect, test } from "@playwright/test";

test("the landing page lists every template with its key figures", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Plan a self-hosted AI platform" })).toBeVisible();
  for (const name of [
    "Minimal — test (< 50 users)",
    "Production (100–500 users)",
    "Enterprise (1,000–10,000 users)",
    "Scenario 1 — Cloud LLM",
    "Scenario 2 — Self-hosted LLM",
    "Scenario 3 — Hybrid",
    "Scenario 4 — Apple Silicon cluster",
  ]) {
    const card = page.getByRole("article", { name });
    await expect(card).toBeVisible();
    await expect(card.getByText("Users", { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("article", { name: "Enterprise (1,000–10,000 users)" })).toContainText(
    "12× NVIDIA H100",
  );
});

test("New plan opens an editor page that shows the plan", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New plan from Production (100–500 users)" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Production (100–500 users)" })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="postgres"]')).toBeVisible();
});

test("health reports the database reachable and migrated", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.database).toMatchObject({ provider: "sqlite", reachable: true, migrationsApplied: true });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
});
