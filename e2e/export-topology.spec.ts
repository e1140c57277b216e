import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

test("the export preview and the capacity report show how each store runs", async ({ page }) => {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Export deployable bundle…" }).click();
  const dialog = page.getByRole("dialog", { name: /Export/ });
  await expect(dialog).toBeVisible();
  const postgres =
    "PostgreSQL: CloudNativePG, 1 primary + 3 replicas, async, WAL to Object storage (S3 / MinIO) every ≤ 5 min, daily base backup, PgBouncer ×2";
  // README.md is previewed first: its "Store topology" section.
  const readme = dialog.getByRole("figure", { name: "Preview of README.md" });
  await expect(readme).toContainText("Store topology", { timeout: 20_000 });
  await expect(readme).toContainText(postgres);
  await expect(readme).toContainText("ChromaDB: 1 server (single writer)");
  // The capacity report says the same, from the same rule.
  await dialog
    .getByRole("tree", { name: "Files of the bundle" })
    .getByRole("button", { name: "capacity-report.md" })
    .click();
  const report = dialog.getByRole("figure", { name: "Preview of report/capacity-report.md" });
  await expect(report).toContainText(postgres);
  await expect(report).toContainText("Redis: 1 primary + 5 replicas, 3 Sentinels");
});
