import { expect, test } from "@playwright/test";
import { TEMPLATE_IDS, TEMPLATES } from "../lib/templates";

/** Every landing-page template opens in the designer with its zones and components on the canvas. */
for (const id of TEMPLATE_IDS) {
  test(`a plan from the "${TEMPLATES[id].name}" template opens in the designer`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: `New plan from ${TEMPLATES[id].name}` }).click();
    await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: TEMPLATES[id].name })).toBeVisible();
    // Every template has an API and at least one AI node (self-hosted or cloud).
    await expect(page.locator('.react-flow__node[data-id="api"]')).toBeVisible();
    await expect(page.locator(".react-flow__node-zone").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Add PostgreSQL 17/ })).toBeVisible();
    // The live report is computed: the dashboard shows its key figures.
    await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  });
}

test("an empty plan shows the friendly empty canvas", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New plan from Empty plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Untitled plan" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Drag a component from the palette");
  await expect(page.getByRole("note")).toContainText("press Enter");
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
});

test("an unknown plan id is a real 404 with a way back, not an empty editor", async ({ page }) => {
  const res = await page.goto("/plans/does-not-exist-123");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Plan not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open your plans" })).toBeVisible();
  await expect(page.locator(".react-flow")).toHaveCount(0);
});
