import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { outsideCanvas, overlappingPairs, settledBoxes } from "./canvas-geometry";

/** Issue 14: placement never overlaps, and the view follows — after auto-layout, an advisor option and a paste. */

test.use({ viewport: { width: 1440, height: 900 } });

async function openEnterprise(page: Page) {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.locator(".react-flow__node[data-id]").first()).toBeVisible();
}

/** No two components (or zones) overlap, and every node is inside the canvas. */
async function expectTidy(page: Page) {
  const boxes = await settledBoxes(page);
  expect(overlappingPairs(boxes)).toEqual([]);
  expect(await outsideCanvas(page, boxes)).toEqual([]);
  return boxes;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("auto-layout: nothing overlaps and everything is in view", async ({ page }) => {
  await openEnterprise(page);
  await page.getByRole("button", { name: "Auto-layout: arrange everything" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Laid out every zone" })).toBeVisible();
  await expectTidy(page);
});

test("paste: the copies go to free space in their zone and stay in view", async ({ page }) => {
  await openEnterprise(page);
  await node(page, "api").click();
  await node(page, "frontend").click({ modifiers: ["Control"] });
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(node(page, "api-2")).toBeVisible();
  await expect(node(page, "frontend-2")).toBeVisible();
  const boxes = await expectTidy(page);
  // The copies keep their relative layout (side by side as the originals are).
  const at = (id: string) => boxes.find((b) => b.id === id)!;
  expect(at("api-2").x - at("frontend-2").x).toBeCloseTo(at("api").x - at("frontend").x, 0);
  expect(at("api-2").y - at("frontend-2").y).toBeCloseTo(at("api").y - at("frontend").y, 0);
  await page.keyboard.press("Control+v"); // a second paste too
  await expect(node(page, "api-3")).toBeVisible();
  await expectTidy(page);
});

test("advisor: applying the recommendation leaves no overlap, everything in view", async ({ page }) => {
  await openEnterprise(page);
  await page.getByRole("tab", { name: "Advisor" }).click();
  const recommended = page.getByRole("region", { name: "Recommended deployment" });
  await expect(recommended).toBeVisible({ timeout: 20_000 });
  await recommended.getByRole("button", { name: "Apply recommendation" }).click();
  await expect(page.getByText(/Applied .* — undo/)).toBeVisible();
  await expectTidy(page);
});
