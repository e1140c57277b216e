import { expect, test, type Page } from "@playwright/test";
import { buildTemplate, emptyPlan } from "../lib/templates";
import type { PlanDocument } from "../lib/plan/plan-schema";

async function openPlan(page: Page, document: PlanDocument): Promise<void> {
  const res = await page.request.post("/api/plans", { data: { document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("keyboard only: add two components and connect them", async ({ page }) => {
  await openPlan(page, emptyPlan("Keyboard plan"));
  await page.getByRole("button", { name: "Add Platform API" }).focus();
  await page.keyboard.press("Enter");
  await expect(node(page, "api")).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Added Platform API to the App zone (zone created" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Add PostgreSQL 17" }).focus();
  await page.keyboard.press(" ");
  await expect(node(page, "postgres")).toBeVisible();
  // PostgreSQL is selected; it may call nothing, so its inspector says so. Select the API from the zone list.
  await expect(page.getByText("No other component may be called from here")).toBeVisible();

  // Tab to the API node on the canvas and select it with Enter (React Flow's keyboard a11y).
  await node(page, "api").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Platform API" })).toBeVisible();
  const connectTo = page.getByRole("combobox", { name: "Connect to…" });
  await connectTo.focus();
  await expect(connectTo).toHaveValue("postgres");
  await page.getByRole("button", { name: "Connect", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('.react-flow__edge[data-id="api-postgres-5432"]')).toHaveCount(1);

  // Arrow keys move the selected node; Delete removes it (with its edge); Ctrl+Z brings both back.
  await node(page, "api").focus();
  const before = (await node(page, "api").boundingBox())!;
  await page.keyboard.press("ArrowRight");
  await expect(async () =>
    expect((await node(page, "api").boundingBox())!.x).toBeGreaterThan(before.x),
  ).toPass();
  await page.keyboard.press("Delete");
  await expect(node(page, "api")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(node(page, "api")).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
});

test("command palette: connect A → B, add a component, undo", async ({ page }) => {
  await openPlan(page, { ...buildTemplate("enterprise"), edges: [] });
  await page.locator(".react-flow__pane").click();
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Command" });
  await expect(input).toBeFocused();
  await input.fill("connect api postgres");
  await expect(page.getByRole("option", { name: /Connect Platform API → PostgreSQL 17/ })).toBeVisible();
  await input.press("Enter");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  await page.keyboard.press("Control+k");
  await input.fill("add meilisearch");
  await input.press("Enter");
  await expect(node(page, "meili-2")).toBeVisible();
  await page.keyboard.press("Control+k");
  await input.fill("undo");
  await input.press("Enter");
  await expect(node(page, "meili-2")).toHaveCount(0);
});

test("shortcuts dialog on ?, and dark mode from the header and the command palette", async ({ page }) => {
  await openPlan(page, buildTemplate("production"));
  await page.locator(".react-flow__pane").click();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("rowheader", { name: "Undo" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const html = page.locator("html");
  const canvasBackground = () =>
    page
      .locator(".react-flow")
      .evaluate((el) => getComputedStyle(el).getPropertyValue("--xy-background-color").trim());
  const theme = await html.getAttribute("data-theme");
  const light = theme === "dark" ? null : await canvasBackground();
  await page.getByRole("button", { name: "Dark mode" }).click();
  const now = await html.getAttribute("data-theme");
  expect(now).not.toBe(theme);
  if (light) {
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(page.locator(".react-flow")).toHaveClass(/dark/);
    await expect.poll(canvasBackground).not.toBe(light);
  }
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Command" }).fill("dark mode");
  await page.getByRole("combobox", { name: "Command" }).press("Enter");
  await expect(html).toHaveAttribute("data-theme", theme ?? "light");
});
