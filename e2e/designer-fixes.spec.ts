import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { evaluate } from "../lib/engine/evaluate";

/** Issue 14: findings with a mechanical fix offer "Apply fix"; applied, the finding disappears (undoable). */

for (const template of ["enterprise", "production", "mac-cluster"] as const) {
  test(`${template}: every fixable finding can be applied and then disappears`, async ({ page }) => {
    const doc = buildTemplate(template);
    const fixable = evaluate(doc).findings.filter((f) => f.patch);
    expect(fixable.length).toBeGreaterThan(0);
    const res = await page.request.post("/api/plans", { data: { document: doc } });
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/plans/${id}`);
    const findings = page.getByRole("region", { name: /^Findings/ });
    const buttons = findings.getByRole("button", { name: /^Apply fix/ });
    await expect(buttons).toHaveCount(fixable.length);

    for (const [i, f] of fixable.entries()) {
      const message = findings.getByRole("button", { name: f.message, exact: true });
      await expect(message).toBeVisible();
      await findings.getByRole("button", { name: `Apply fix: ${f.fix}`, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Applied fix" }).first()).toBeVisible();
      await expect(message).toHaveCount(0);
      await expect(buttons).toHaveCount(fixable.length - i - 1);
    }
    // Undoable: the last fix comes back.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(buttons).toHaveCount(1);
  });
}
