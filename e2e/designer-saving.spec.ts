import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

async function openPlan(page: Page): Promise<string> {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("production") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  return id;
}

const saved = (page: Page) => page.getByRole("status").filter({ hasText: "All changes saved" });

/**
 * Records whether the "Unsaved changes" pill is ever shown from now on. The unsaved window can be shorter than
 * Playwright's polling interval (a fast save), so the page itself watches the pill's attribute.
 */
async function watchUnsaved(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const pill = [...document.querySelectorAll("span")].find((el) => el.textContent === "Unsaved changes")!;
    const w = window as unknown as { sawUnsaved: boolean };
    w.sawUnsaved = pill.dataset.hidden === "false";
    new MutationObserver(() => {
      if (pill.dataset.hidden === "false") w.sawUnsaved = true;
    }).observe(pill, { attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { sawUnsaved: boolean }).sawUnsaved);
}

test("edits are saved automatically, and the version history lists them", async ({ page }) => {
  const id = await openPlan(page);
  const sawUnsaved = await watchUnsaved(page);
  await page.getByRole("button", { name: "Add Redis" }).click();
  await expect.poll(sawUnsaved).toBe(true);
  await expect(saved(page)).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const plan = (await (await page.request.get(`/api/plans/${id}`)).json()) as {
    revision: number;
    document: { nodes: { id: string }[] };
  };
  expect(plan.revision).toBe(2);
  expect(plan.document.nodes.some((n) => n.id === "redis-2")).toBe(true);

  await page.getByRole("button", { name: "Version history" }).click();
  const history = page.getByRole("dialog", { name: "Version history" });
  await expect(history.getByText("Revision 2", { exact: true })).toBeVisible();
  await expect(history.getByText("Revision 1", { exact: true })).toBeVisible();
  await history.getByRole("button", { name: "Close" }).click();
  await expect(history).toBeHidden();

  await page.getByRole("button", { name: "Share…" }).click();
  await expect(page.getByRole("dialog", { name: /^Share/ })).toBeVisible();
});

test("a save that meets a newer revision opens the conflict dialog; keeping mine saves it", async ({
  page,
}) => {
  const id = await openPlan(page);
  // Someone else saves revision 2 meanwhile.
  const other = buildTemplate("production");
  other.metadata.description = "changed elsewhere";
  const res = await page.request.patch(`/api/plans/${id}`, { data: { baseRevision: 1, document: other } });
  expect(res.status()).toBe(200);

  await page.getByRole("button", { name: "Add Meilisearch" }).click();
  const dialog = page.getByRole("dialog", { name: "This plan was changed by someone else" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep my version" }).click();
  await expect(saved(page)).toBeVisible();
  const plan = (await (await page.request.get(`/api/plans/${id}`)).json()) as {
    revision: number;
    document: { nodes: { id: string }[] };
  };
  expect(plan.revision).toBe(3);
  expect(plan.document.nodes.some((n) => n.id === "meili-2")).toBe(true);
});
