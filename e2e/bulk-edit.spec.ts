import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
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
const replicasOf = async (page: Page, id: string) => {
  await node(page, id).click();
  return page.getByRole("spinbutton", { name: "Replicas" }).inputValue();
};

test("two selected components get their replicas set together, and one undo restores both", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const plan = buildTemplate("enterprise");
  const before = Object.fromEntries(plan.nodes.map((n) => [n.id, n.replicas]));
  await openPlan(page, plan);
  await node(page, "api").click();
  await node(page, "frontend").click({ modifiers: ["Control"] });

  await expect(page.getByText("Common fields of 2 components")).toBeVisible();
  const replicas = page.getByRole("spinbutton", { name: "Replicas" });
  await replicas.fill("6");
  await replicas.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Edit replicas of 2 components" }).first(),
  ).toBeVisible();

  expect(await replicasOf(page, "api")).toBe("6");
  expect(await replicasOf(page, "frontend")).toBe("6");

  await page.getByRole("button", { name: "Undo" }).click();
  expect(await replicasOf(page, "api")).toBe(String(before.api));
  expect(await replicasOf(page, "frontend")).toBe(String(before.frontend));
});

test("cost badges: toggled from the canvas controls, remembered, and they add up to the monthly figure", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const plan = buildTemplate("production");
  await openPlan(page, plan);
  const toggle = page.getByRole("button", { name: "Show monthly cost on each component" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("node-cost")).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const badges = page.getByTestId("node-cost");
  await expect(badges).toHaveCount(plan.nodes.length);
  await expect(node(page, "llm").getByTestId("node-cost")).toHaveText(/^\$[\d,]+(\.\d+)?\/mo$/);

  // Each badge is the node's share: together they make the strip's monthly cost with CAPEX amortised (each badge is
  // rounded for display, so within a unit per badge).
  const amount = (text: string) => Number(text.replace(/[^\d.]/g, ""));
  const total = amount((await page.locator('[data-figure="amortised"] dd').textContent()) ?? "");
  const sum = (await badges.allTextContents()).reduce((s, t) => s + amount(t), 0);
  expect(Math.abs(sum - total)).toBeLessThanOrEqual(plan.nodes.length);

  // Remembered for the next visit.
  await page.reload();
  await expect(page.getByRole("button", { name: "Show monthly cost on each component" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByTestId("node-cost").first()).toBeVisible();
  await page.getByRole("button", { name: "Show monthly cost on each component" }).click();
  await expect(page.getByTestId("node-cost")).toHaveCount(0);
});
