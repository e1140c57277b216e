import { expect, test, type Locator, type Page } from "@playwright/test";
import { buildTemplate, emptyPlan } from "../lib/templates";
import type { PlanDocument } from "../lib/plan/plan-schema";

async function openPlan(page: Page, document: PlanDocument): Promise<string> {
  const res = await page.request.post("/api/plans", { data: { document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return id;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The element's centre once its layout has settled: two reads one animation frame apart agree (a fit-view
 * animation or a late reflow would otherwise move the target between reading and pointing).
 */
async function stableCentre(page: Page, locator: Locator) {
  let last = await centre(locator);
  await expect(async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await centre(locator);
    const moved = Math.hypot(now.x - last.x, now.y - last.y);
    last = now;
    expect(moved).toBeLessThan(0.5);
  }).toPass();
  return last;
}

/** Drags with small steps (React Flow's drag threshold eats the first pixels). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/**
 * Drags from the source's output handle to the target's input handle. The target is read after the button is
 * down, so that whatever the press itself re-rendered is already in place when the pointer travels.
 */
async function connect(page: Page, source: string, target: string) {
  const from = await stableCentre(page, node(page, source).locator(".react-flow__handle.source"));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const to = await stableCentre(page, node(page, target).locator(".react-flow__handle.target"));
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

test("drag a component from the palette into a zone", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  const services = page.locator('.react-flow__node[data-id="zone:services"]');
  const box = (await services.boundingBox())!;
  await page
    .getByRole("button", { name: "Add Redis" })
    .dragTo(services, { targetPosition: { x: box.width - 40, y: box.height - 8 } }); // below its nodes
  await expect(node(page, "redis-2")).toBeVisible();
  // It joined the zone it was dropped in, and is selected: the inspector shows it.
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("services");
  await expect(page.getByRole("heading", { level: 2, name: "Redis" })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Added Redis to the Services zone" }),
  ).toBeVisible();
});

test("drag a component onto empty canvas: outside every zone", async ({ page }) => {
  await openPlan(page, emptyPlan("Drop test"));
  const pane = page.locator(".react-flow__pane");
  await page
    .getByRole("button", { name: "Add Platform API" })
    .dragTo(pane, { targetPosition: { x: 200, y: 200 } });
  await expect(node(page, "api")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("");
  await expect(page.getByRole("note")).toHaveCount(0); // no longer empty
});

test("connect two nodes by dragging, and an invalid connection is refused with its reason", async ({
  page,
}) => {
  await openPlan(page, { ...buildTemplate("enterprise"), edges: [] });
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await connect(page, "api", "postgres");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await expect(
    page.getByRole("status").filter({ hasText: "Connected Platform API → PostgreSQL 17 on port 5432" }),
  ).toBeVisible();
  await expect(page.locator(".react-flow__edge").first()).toHaveAttribute("aria-label", /port 5432/);
  // The edit marks the plan unsaved and autosaves it: the toolbar's status changes must not move the canvas.
  const canvasTop = (await page.locator(".react-flow").boundingBox())!.y;

  await connect(page, "postgres", "api");
  expect((await page.locator(".react-flow").boundingBox())!.y).toBe(canvasTop);
  const alert = page.getByRole("alert").filter({ hasText: "Connection refused" });
  await expect(alert).toContainText("PostgreSQL 17 → Platform API is denied");
  await expect(alert).toContainText("Draw it the other way: Platform API → PostgreSQL 17");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
});

test("move a node into another zone; undo and redo restore it", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  const redis = node(page, "redis");
  const data = page.locator('.react-flow__node[data-id="zone:data"]');
  const dataBox = (await data.boundingBox())!;
  const before = await redis.boundingBox();
  // Dropped in the free strip under the Data zone's nodes (its centre decides the zone); dragging selected it.
  await drag(page, await centre(redis), {
    x: dataBox.x + dataBox.width / 2,
    y: dataBox.y + dataBox.height - 6,
  });
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("data");
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("services");
  const after = (await redis.boundingBox())!;
  expect(after.x).toBeCloseTo(before!.x, 0);
  expect(after.y).toBeCloseTo(before!.y, 0);
  await page.keyboard.press("Control+Shift+Z");
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("data");
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("services");
  await page.keyboard.press("Control+y");
  await expect(page.getByRole("combobox", { name: "Zone" })).toHaveValue("data");
});

test("multi-select, duplicate and delete", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "api").click();
  await node(page, "frontend").click({ modifiers: ["Control"] });
  await expect(page.getByRole("heading", { name: "2 elements selected" })).toBeVisible();
  await page.keyboard.press("Control+d");
  await expect(node(page, "api-2")).toBeVisible();
  await expect(node(page, "frontend-2")).toBeVisible();
  // The copy keeps the edges between the copied nodes.
  await expect(page.locator('.react-flow__edge[data-id^="frontend-2-api-2"]')).toHaveCount(2);
  await page.keyboard.press("Delete");
  await expect(node(page, "api-2")).toHaveCount(0);
  await expect(node(page, "frontend-2")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(node(page, "api-2")).toBeVisible();
});

test("auto-layout replaces positions and is undoable", async ({ page }) => {
  const plan = buildTemplate("production");
  await openPlan(page, {
    ...plan,
    zones: plan.zones.map((z, i) => ({ ...z, position: { x: i * 30, y: i * 30 } })),
  });
  const dmz = page.locator('.react-flow__node[data-id="zone:dmz"]');
  const app = page.locator('.react-flow__node[data-id="zone:app"]');
  await page.getByRole("button", { name: "Auto-layout: arrange everything" }).click();
  await page.getByRole("button", { name: "Fit view" }).first().click();
  await expect(async () => {
    const [a, b] = [(await dmz.boundingBox())!, (await app.boundingBox())!];
    expect(a.x + a.width).toBeLessThan(b.x); // DMZ left of App, no overlap
  }).toPass();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: Auto-layout" })).toBeVisible();
});

test("pan the empty canvas: the view moves, the focused field is left and a click on the pane clears the selection", async ({
  page,
}) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "api").click();
  await expect(node(page, "api")).toHaveClass(/selected/);
  const replicas = page.getByRole("spinbutton", { name: "Replicas", exact: true });
  await replicas.focus();
  // An empty point of the pane (between nodes and zones), scanning on a 16 px grid.
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  const start = await page.evaluate(
    ([x0, y0, w, h]) => {
      for (let y = y0! + 8; y < y0! + h! - 8; y += 16)
        for (let x = x0! + 8; x < x0! + w! - 8; x += 16)
          if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      return null;
    },
    [pane.x, pane.y, pane.width, pane.height],
  );
  expect(start).not.toBeNull();
  const viewport = page.locator(".react-flow__viewport");
  const before = await viewport.getAttribute("style");
  await page.mouse.move(start!.x, start!.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(start!.x + i * 10, start!.y + i * 5);
  await page.mouse.up();
  await expect(viewport).not.toHaveAttribute("style", before!);
  // The pan starts no text selection and, like a click on the pane, takes the focus from the inspector field.
  await expect(replicas).not.toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe("");
  // A click on the pane (no drag) still clears the selection.
  await page.mouse.click(start!.x + 80, start!.y + 40);
  await expect(node(page, "api")).not.toHaveClass(/selected/);
});
