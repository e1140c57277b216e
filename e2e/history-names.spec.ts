import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

const saved = (page: Page) => page.getByRole("status").filter({ hasText: "All changes saved" });

/** No serious or critical axe violation inside `selector`. */
async function expectAxeClean(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function planState(page: Page, id: string) {
  const res = await page.request.get(`/api/plans/${id}`);
  return (await res.json()) as { name: string; revision: number };
}

test("rename the plan from its title, name a version, and read the history in sessions and words", async ({
  page,
}) => {
  // Revision 1 (created) and revision 2: an autosave-like save (no message) that adds two Redis replicas.
  const doc = buildTemplate("minimal");
  doc.metadata.name = "History names";
  const created = await page.request.post("/api/plans", { data: { document: doc } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const redis = doc.nodes.find((n) => n.id === "redis")!;
  const more = {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === "redis" ? { ...n, replicas: redis.replicas + 2 } : n)),
  };
  expect(
    (await page.request.patch(`/api/plans/${id}`, { data: { baseRevision: 1, document: more } })).status(),
  ).toBe(200);

  await page.goto(`/plans/${id}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();

  // Rename with the keyboard: the title is a button; an empty name is refused with a reason.
  const title = page.getByRole("button", { name: "History names", exact: true });
  await title.focus();
  await page.keyboard.press("Enter");
  const field = page.getByRole("textbox", { name: "Plan name" });
  await expect(field).toBeFocused();
  await field.fill("   ");
  await field.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "The plan needs a name." })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectAxeClean(page, "[data-plan-title]");
  await field.fill("Durand RFP platform");
  await field.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Durand RFP platform" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Durand RFP platform", exact: true })).toBeFocused();
  await expect(saved(page)).toBeVisible();
  await expect.poll(async () => (await planState(page, id)).name).toBe("Durand RFP platform");
  expect((await planState(page, id)).revision).toBe(3);

  // Escape cancels; a click opens the field too.
  await page.getByRole("button", { name: "Durand RFP platform", exact: true }).click();
  await field.fill("Not this one");
  await field.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Durand RFP platform" })).toBeVisible();

  // The rename is one undo step, saved like any edit (revisions 4 and 5).
  await page.getByRole("button", { name: /^Undo/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History names" })).toBeVisible();
  await expect.poll(async () => (await planState(page, id)).revision).toBe(4);
  await page.getByRole("button", { name: /^Redo/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Durand RFP platform" })).toBeVisible();
  await expect.poll(async () => (await planState(page, id)).revision).toBe(5);
  await expect(saved(page)).toBeVisible();

  // The history: revisions 2–5 are autosaves of one editing session, revision 1 stands alone.
  await page.getByRole("button", { name: "Version history" }).click();
  const history = page.getByRole("dialog", { name: "Version history" });
  const session = history.getByRole("listitem", { name: "Editing session: revisions 2–5" });
  await expect(session).toBeVisible();
  await expect(session.getByText("4 autosaves")).toBeVisible();
  await expect(history.getByRole("listitem", { name: "Revision 1" })).toBeVisible();
  await session.getByRole("button", { name: "Show the 4 revisions of this session" }).click();

  // What revision 2 changed, in words, with its monthly cost before → after.
  const r2 = session.getByRole("listitem", { name: "Revision 2" });
  await r2.getByRole("button", { name: "What revision 2 changed" }).click();
  await expect(
    r2.getByText(
      `Redis → Replicas: ${redis.replicas} replica${redis.replicas === 1 ? "" : "s"} → ${redis.replicas + 2} replicas`,
    ),
  ).toBeVisible();
  await expect(
    r2.getByText(
      /^Monthly run cost: \$[\d,.]+ → \$[\d,.]+ \([+−]\$[\d,.]+\)$|^Monthly run cost: .* \(unchanged\)$/,
    ),
  ).toBeVisible();

  // Name revision 2: it leaves the session and keeps a row of its own, with its name.
  await r2.getByRole("button", { name: "Name this version…" }).click();
  const label = r2.getByRole("textbox", { name: "Name of revision 2" });
  await expectAxeClean(page, "dialog[open]");
  await label.fill("sent to customer");
  await label.press("Enter");
  const named = history.getByRole("listitem", { name: "Revision 2 — sent to customer" });
  await expect(named).toBeVisible();
  await expect(named.getByText("sent to customer", { exact: true })).toBeVisible();
  await expect(history.getByRole("listitem", { name: "Editing session: revisions 3–5" })).toBeVisible();
  const versions = (await (await page.request.get(`/api/plans/${id}/versions`)).json()) as {
    versions: { revision: number; label: string }[];
  };
  expect(versions.versions.find((v) => v.revision === 2)?.label).toBe("sent to customer");
});
