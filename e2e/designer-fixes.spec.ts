import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { evaluate } from "../lib/engine/evaluate";
import type { PlanDocument } from "../lib/plan/plan-schema";

/**
 * Issue 14: findings with a mechanical fix offer "Apply fix"; applied, the finding disappears (undoable). The
 * templates meet their own rules (issue 15), so each case breaks one first: a missing component, a serving tier
 * with too few replicas for its load and for N+1.
 */
const BROKEN: Record<"enterprise" | "production" | "mac-cluster", (doc: PlanDocument) => void> = {
  enterprise: (doc) => {
    doc.nodes = doc.nodes.filter((n) => n.kind !== "monitoring");
    const ids = new Set(doc.nodes.map((n) => n.id));
    doc.edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  },
  production: (doc) => {
    doc.nodes.find((n) => n.kind === "llm")!.replicas = 1;
  },
  "mac-cluster": (doc) => {
    doc.nodes.find((n) => n.kind === "llm")!.replicas = 1;
  },
};

for (const [template, breakIt] of Object.entries(BROKEN)) {
  test(`${template}: every fixable finding can be applied and then disappears`, async ({ page }) => {
    const doc = buildTemplate(template as keyof typeof BROKEN);
    breakIt(doc);
    const fixable = evaluate(doc).findings.filter((f) => f.patch);
    expect(fixable.length).toBeGreaterThan(0);
    const res = await page.request.post("/api/plans", { data: { document: doc } });
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/plans/${id}`);
    const findings = page.getByRole("region", { name: /^Findings/ });
    const buttons = findings.getByRole("button", { name: /^Apply fix/ });
    await expect(buttons).toHaveCount(fixable.length);

    // One fix may settle several findings (the same replica count answers capacity and N+1): each applied or
    // already settled finding is gone afterwards.
    let lastApplied: string | null = null;
    for (const f of fixable) {
      const message = findings.getByRole("button", { name: f.message, exact: true });
      if ((await message.count()) === 0) continue;
      await findings.getByRole("button", { name: `Apply fix: ${f.fix}`, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Applied fix" }).first()).toBeVisible();
      await expect(message).toHaveCount(0);
      lastApplied = f.message;
    }
    expect(lastApplied).not.toBeNull();
    // Undoable: the last fix comes back.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(findings.getByRole("button", { name: lastApplied!, exact: true })).toBeVisible();
  });
}
