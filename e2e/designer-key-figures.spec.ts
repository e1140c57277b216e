import { expect, test, type Locator, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

/** Issue 14: one figure per quantity — the monthly run cost is the same number on every screen that shows it. */

async function openEnterprise(page: Page) {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The value (`<dd>`) of the figure whose term (`<dt>`) is exactly `label`, inside `scope`. */
function figure(scope: Locator, label: string): Locator {
  return scope.locator(`dt:text-is("${label}") + dd`);
}

const MONTHLY = "Monthly run cost (OPEX, month 0)";

test("the monthly run cost is the same in the strip, the dashboard, the advisor and the scenarios", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEnterprise(page);
  const strip = page.getByRole("region", { name: "Key figures at a glance" });
  const stripValue = (await figure(strip, MONTHLY).innerText()).trim();
  expect(stripValue).toMatch(/^\$[\d,]+$/);

  // The dashboard's key figures (the side panel's first tab).
  const dashboard = page.getByRole("region", { name: "Dashboard" });
  await expect(figure(dashboard, MONTHLY)).toHaveText(new RegExp(`^${escape(stripValue)}`));

  // The advisor's "current design".
  await page.getByRole("tab", { name: "Advisor" }).click();
  const current = page.getByRole("region", { name: "Current design" });
  await expect(figure(current, MONTHLY)).toHaveText(stripValue);

  // The scenarios' "current design" column (the first column after the row headings).
  await page.getByRole("tab", { name: "Scenarios" }).click();
  await page.getByRole("button", { name: "Add the four reference scenarios" }).click();
  const table = page.getByRole("region", { name: "Side by side" });
  await expect(table).toBeVisible({ timeout: 20_000 });
  const row = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /Monthly run cost/ }) });
  await expect(row.getByRole("cell").first()).toHaveText(new RegExp(`^${escape(stripValue)}`));

  // An edit moves the strip and the dashboard together: three times the users, a new (equal) figure in both.
  await page.getByRole("tab", { name: "Dashboard" }).click();
  await page.getByRole("spinbutton", { name: "Users" }).fill("9000");
  await page.getByRole("spinbutton", { name: "Users" }).press("Tab");
  await expect(figure(strip, MONTHLY)).not.toHaveText(stripValue);
  const after = (await figure(strip, MONTHLY).innerText()).trim();
  await expect(figure(dashboard, MONTHLY)).toHaveText(new RegExp(`^${escape(after)}`));
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
