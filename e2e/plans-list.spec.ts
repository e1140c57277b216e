import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

async function createPlan(request: APIRequestContext, name: string) {
  const res = await request.post("/api/plans", { data: { name, document: buildTemplate("minimal") } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const rowNames = (page: Page) => page.getByRole("table", { name: "Plans" }).getByRole("rowheader");

test("plans list: search, sort, duplicate, archive and restore", async ({ page, request }) => {
  const tag = `Listtest${Date.now().toString(36)}`;
  await createPlan(request, `${tag} Bravo`);
  await createPlan(request, `${tag} Alpha`);

  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Plans" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search plans" }).fill(tag);
  await expect(rowNames(page)).toHaveCount(2);
  // Default sort: last updated first (Alpha was created last).
  await expect(rowNames(page).first()).toContainText(`${tag} Alpha`);

  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name (A–Z)" });
  await expect(rowNames(page).nth(0)).toContainText(`${tag} Alpha`);
  await expect(rowNames(page).nth(1)).toContainText(`${tag} Bravo`);

  await page.getByRole("button", { name: `Duplicate ${tag} Bravo` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Duplicated “${tag} Bravo”` })).toBeVisible();
  await expect(rowNames(page)).toHaveCount(3);
  await expect(rowNames(page).nth(2)).toContainText(`${tag} Bravo (copy)`);

  await page.getByRole("button", { name: `Archive ${tag} Alpha` }).click();
  await expect(rowNames(page)).toHaveCount(2);
  await expect(page.getByRole("link", { name: `${tag} Alpha` })).toHaveCount(0);

  const archivedToggle = page.getByRole("button", { name: "Archived" });
  await archivedToggle.click();
  await expect(archivedToggle).toHaveAttribute("aria-pressed", "true");
  await expect(rowNames(page)).toHaveCount(1);
  await expect(rowNames(page).first()).toContainText(`${tag} Alpha`);
  await page.getByRole("button", { name: `Restore ${tag} Alpha` }).click();
  await expect(page.getByText(`No archived plans match “${tag}”.`)).toBeVisible();

  await archivedToggle.click();
  await expect(rowNames(page)).toHaveCount(3);
  await page.getByRole("searchbox", { name: "Search plans" }).fill(`${tag} nothing-like-this`);
  await expect(page.getByText(`No plans match “${tag} nothing-like-this”.`)).toBeVisible();
});

test("New from template creates the plan through the API and opens it", async ({ page }) => {
  await page.goto("/plans");
  await page.getByRole("button", { name: "Create a plan from Scenario 3 — Hybrid" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 3 — Hybrid" })).toBeVisible();
});
