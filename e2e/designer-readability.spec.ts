import { expect, test } from "@playwright/test";
import { buildTemplate, TEMPLATE_IDS } from "../lib/templates";
import { overlappingPairs, settledBoxes } from "./canvas-geometry";

/** Issue 14: every template opens readable at 1440×900 — labels render at ≥ 11 px, and no two nodes overlap. */

test.use({ viewport: { width: 1440, height: 900 } });

for (const template of TEMPLATE_IDS) {
  test(`${template}: the default fit is readable and nothing overlaps`, async ({ page }) => {
    const res = await page.request.post("/api/plans", { data: { document: buildTemplate(template) } });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/plans/${id}`);
    await expect(page.locator(".react-flow__node[data-id]").first()).toBeVisible();
    const boxes = await settledBoxes(page);
    expect(boxes.length).toBe(buildTemplate(template).nodes.length + buildTemplate(template).zones.length);
    const small = boxes.filter((b) => b.labelPx < 11).map((b) => `${b.id} (${b.labelPx.toFixed(1)} px)`);
    expect(small).toEqual([]);
    expect(overlappingPairs(boxes)).toEqual([]);
  });
}
