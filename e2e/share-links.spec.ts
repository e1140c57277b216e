import { expect, test } from "@playwright/test";
import { specScenarios } from "../lib/templates/reference-scenarios";
import { buildTemplate } from "../lib/templates";
import { VISITOR } from "./owner-key";

test("share a plan by link, open it read-only elsewhere, revoke it", async ({ page, request, browser }) => {
  const name = `Sharetest ${Date.now().toString(36)}`;
  // With the four reference scenarios: the comparison travels with the plan through its link.
  const template = buildTemplate("enterprise");
  const document = { ...template, scenarios: specScenarios(template) };
  const res = await request.post("/api/plans", { data: { name, document } });
  expect(res.status()).toBe(201);

  await page.goto("/plans");
  await page.getByRole("searchbox", { name: "Search plans" }).fill(name);
  await page.getByRole("button", { name: `Share ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Share “${name}”` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("No links yet.")).toBeVisible();
  await dialog.getByRole("radio", { name: "View only" }).check();
  // An engineer link opens the read-only designer (a customer link, the default, opens the presentation view).
  await dialog.getByRole("radio", { name: "Engineer (read-only designer)" }).check();
  await dialog.getByRole("combobox", { name: "Expires" }).selectOption({ label: "In 7 days" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  const linkBox = dialog.getByRole("textbox", { name: "New share link" });
  await expect(linkBox).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const url = await linkBox.inputValue();
  await expect(dialog.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(dialog.getByText("active")).toBeVisible();

  // A visitor without any session opens the link.
  const visitor = await browser.newContext(VISITOR);
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(url);
  await expect(visitorPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(visitorPage.getByText("View only", { exact: true })).toBeVisible();
  // The designer, read-only: the canvas and the dashboard, no palette, no editing commands, nothing to save.
  const postgres = visitorPage.locator('.react-flow__node[data-id="postgres"]');
  await expect(postgres).toBeVisible();
  await expect(visitorPage.getByRole("heading", { name: "Key figures" })).toBeVisible();
  await expect(visitorPage.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(visitorPage.getByRole("button", { name: "Version history" })).toHaveCount(0);
  await expect(visitorPage.getByRole("button", { name: "Add Redis" })).toHaveCount(0);
  await expect(visitorPage.getByRole("spinbutton", { name: "Users" })).toBeDisabled();
  // A drag does not move the node (it pans the view): its position on the canvas, in flow coordinates, stays.
  const flowPosition = () => postgres.evaluate((el) => (el as HTMLElement).style.transform);
  const before = await flowPosition();
  const box = (await postgres.boundingBox())!;
  await postgres.hover();
  await visitorPage.mouse.down();
  await visitorPage.mouse.move(box.x + 150, box.y + 90, { steps: 5 });
  await visitorPage.mouse.up();
  expect(await flowPosition()).toBe(before);
  // Selecting shows the settings, disabled.
  await postgres.click();
  await expect(visitorPage.getByText("View-only link: settings are shown, not editable.")).toBeVisible();
  // The scenario comparison is there for the visitor, without Apply / Remove.
  await visitorPage.getByRole("tab", { name: "Scenarios" }).click();
  const comparison = visitorPage.getByRole("region", { name: "Side by side" });
  await expect(comparison).toBeVisible({ timeout: 20_000 });
  for (const scenario of ["Current design", "1 — Cloud", "4 — Apple Silicon"]) {
    await expect(comparison).toContainText(scenario);
  }
  await expect(comparison.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
  // Export works through the link (view rights suffice), and the report carries the comparison.
  await visitorPage.getByRole("button", { name: "Export deployable bundle…" }).click();
  await expect(visitorPage.getByRole("dialog", { name: /Export/ })).toBeVisible();
  const report = await visitorPage.request.get(`${url.replace("/s/", "/api/shared/")}/export?format=report`);
  expect(report.status()).toBe(200);
  await visitorPage.keyboard.press("Escape");
  // Nothing reached the server.
  const after = await request.get(
    url.replace(/\/s\/.*$/, `/api/plans/${((await res.json()) as { id: string }).id}`),
  );
  expect(((await after.json()) as { revision: number }).revision).toBe(1);

  // The owner sees the use and revokes the link.
  await dialog.getByRole("button", { name: "Close dialog" }).click();
  await page.getByRole("button", { name: `Share ${name}` }).click();
  const revoke = dialog.getByRole("button", { name: /^Revoke view link created/ });
  await expect(revoke).toBeVisible();
  const linkRow = dialog
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: /^Revoke view link/ }) });
  await expect(linkRow).not.toContainText("Not yet");
  await revoke.click();
  await dialog.getByRole("button", { name: /^Confirm: revoke view link created/ }).click();
  await expect(dialog.getByText("revoked")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await visitorPage.goto(url);
  await expect(
    visitorPage.getByRole("heading", { level: 1, name: "This link has been revoked" }),
  ).toBeVisible();
  const api = await visitorPage.request.get(url.replace("/s/", "/api/shared/"));
  expect(api.status()).toBe(410);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("link_revoked");

  await visitorPage.goto(url.replace(/\/s\/.*$/, `/s/${"Z".repeat(43)}`));
  await expect(
    visitorPage.getByRole("heading", { level: 1, name: "This link does not exist" }),
  ).toBeVisible();
  await visitor.close();
});

test("an edit link opens the designer and saves through the link", async ({ page, request }) => {
  const name = `Edittest ${Date.now().toString(36)}`;
  const created = await request.post("/api/plans", { data: { name, document: buildTemplate("production") } });
  const plan = (await created.json()) as { id: string; revision: number };
  const link = await request.post(`/api/plans/${plan.id}/share-links`, { data: { role: "edit" } });
  expect(link.status()).toBe(201);
  const { url } = (await link.json()) as { url: string };

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // An edit link edits, but version history and share links stay the owner's.
  await expect(page.getByRole("button", { name: "Version history" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Share…" })).toHaveCount(0);
  await page.getByRole("spinbutton", { name: "Users" }).fill("1234");
  await page.getByRole("spinbutton", { name: "Users" }).press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  const saved = (await (await request.get(`/api/plans/${plan.id}`)).json()) as {
    revision: number;
    document: { workload: { users: number } };
  };
  expect(saved.revision).toBeGreaterThan(plan.revision);
  expect(saved.document.workload.users).toBe(1234);
});
