import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

/** Issue 14: the side panel is resizable (drag, keyboard, wide mode) and remembers its width. */

test.use({ viewport: { width: 1440, height: 900 } });

/** The panel's rendered width, px, as its resize handle reports it (aria-valuenow, measured from the layout). */
async function panelWidth(page: Page) {
  return Number(
    await page.getByRole("separator", { name: "Resize the side panel" }).getAttribute("aria-valuenow"),
  );
}

test("resize the side panel by drag and keyboard, widen it, and find it so after a reload", async ({
  page,
}) => {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  const handle = page.getByRole("separator", { name: "Resize the side panel" });
  await expect(handle).toBeVisible();
  await expect.poll(() => panelWidth(page)).toBeGreaterThan(300); // measured once laid out
  const before = await panelWidth(page);
  const canvasBefore = (await page.locator(".react-flow").boundingBox())!.width;

  // Drag the edge 100 px to the left: 100 px wider.
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => panelWidth(page)).toBeCloseTo(before + 100, -1);
  // The layout follows: the canvas gave the panel the room.
  await expect
    .poll(async () => (await page.locator(".react-flow").boundingBox())!.width)
    .toBeCloseTo(canvasBefore - 100, -1);

  // Keyboard: ArrowLeft widens by 24 px.
  const dragged = await panelWidth(page);
  await handle.focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => panelWidth(page)).toBe(dragged + 24);

  // Wide mode for the tables.
  const wide = page.getByRole("button", { name: "Wide panel" });
  await wide.click();
  await expect(wide).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => panelWidth(page)).toBeCloseTo(760, -1);

  // Remembered.
  await page.reload();
  await expect(page.getByRole("button", { name: "Wide panel" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => panelWidth(page)).toBeCloseTo(760, -1);
  await page.getByRole("button", { name: "Wide panel" }).click();
  await expect.poll(() => panelWidth(page)).toBeCloseTo(before, -1);
});
