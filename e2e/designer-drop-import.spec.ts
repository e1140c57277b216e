import { expect, test, type Browser, type Page } from "@playwright/test";
import { COMPONENTS, ZONES } from "../lib/catalog/components";
import type { PlanDocument } from "../lib/plan/plan-schema";
import { buildTemplate } from "../lib/templates";
import { outsideCanvas, overlappingPairs, settledBoxes, type NodeBox } from "./canvas-geometry";
import { OWNER_HEADERS } from "./owner-key";

/**
 * Issue 14: a refused drop says why (in the assertive live region, in the reader's language), and an imported plan
 * whose nodes lie on each other opens with every node on free space inside its zone, in view.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function openPlan(page: Page, document: PlanDocument) {
  const res = await page.request.post("/api/plans", { data: { document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(node(page, "zone:dmz")).toBeVisible();
}

/** Drags the palette's PostgreSQL onto the middle of the DMZ zone (PostgreSQL belongs in the Data zone). */
async function dropPostgresOnDmz(page: Page, addLabel: string) {
  const dmz = node(page, "zone:dmz");
  const box = (await dmz.boundingBox())!;
  await page
    // The palette button reads "Add PostgreSQL 17 — <technology>": its name starts with the label.
    .getByRole("button", { name: new RegExp(`^${addLabel}(?: —|$)`) })
    .dragTo(dmz, { targetPosition: { x: box.width / 2, y: box.height - 10 } });
}

const frenchContext = (browser: Browser) =>
  browser.newContext({
    locale: "fr-FR",
    viewport: { width: 1440, height: 900 },
    extraHTTPHeaders: { ...OWNER_HEADERS, "accept-language": "fr-FR,fr;q=0.9" },
  });

test("dropping a component on a zone of another kind is refused, saying why and where it belongs", async ({
  page,
}) => {
  const plan = buildTemplate("enterprise");
  await openPlan(page, plan);
  const postgres = COMPONENTS.postgres.name;
  await dropPostgresOnDmz(page, `Add ${postgres}`);
  await expect(page.getByRole("alert", { name: "Editor errors" })).toContainText(
    `${postgres} belongs in the ${ZONES.data.name} zone, not in DMZ: the reference network segmentation`,
  );
  // Nothing was added: the plan still has its one PostgreSQL.
  await expect(page.locator('.react-flow__node[data-id^="postgres"]')).toHaveCount(1);
});

test("in French, the refusal reads in French", async ({ browser }) => {
  const context = await frenchContext(browser);
  const page = await context.newPage();
  await openPlan(page, buildTemplate("enterprise"));
  const postgres = COMPONENTS.postgres.name;
  await dropPostgresOnDmz(page, `Ajouter ${postgres}`);
  await expect(page.getByRole("alert").filter({ hasText: "va dans la zone" })).toContainText(
    `${postgres} va dans la zone ${ZONES.data.name}, pas dans DMZ\u00a0: la segmentation réseau de référence`,
  );
  await expect(page.locator('.react-flow__node[data-id^="postgres"]')).toHaveCount(1);
  await context.close();
});

/** The enterprise plan with every App and Services node stacked on the first one of its zone. */
function stackedPlan(): PlanDocument {
  const plan = buildTemplate("enterprise");
  const firstOf = new Map<string, { x: number; y: number }>();
  const nodes = plan.nodes.map((n) => {
    if (n.zoneId !== "app" && n.zoneId !== "services") return n;
    const first = firstOf.get(n.zoneId) ?? n.position;
    firstOf.set(n.zoneId, first);
    return { ...n, position: { ...first } };
  });
  return { ...plan, metadata: { ...plan.metadata, name: `Stacked ${Date.now().toString(36)}` }, nodes };
}

const inside = (inner: NodeBox, outer: NodeBox) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

test("importing a plan file whose nodes overlap: each goes to free space in its zone, all in view", async ({
  page,
}) => {
  const plan = stackedPlan();
  await page.goto("/plans");
  await page.getByLabel("Plan file to import").setInputFiles({
    name: "stacked.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(plan)),
  });
  await page.waitForURL(/\/plans\/[^/]+$/);
  await expect(node(page, "api")).toBeVisible();
  const boxes = await settledBoxes(page);
  expect(overlappingPairs(boxes)).toEqual([]);
  expect(await outsideCanvas(page, boxes)).toEqual([]);
  const box = (id: string) => boxes.find((b) => b.id === id)!;
  for (const n of plan.nodes.filter((x) => x.zoneId === "app" || x.zoneId === "services"))
    expect(inside(box(n.id), box(`zone:${n.zoneId}`)), `${n.id} inside zone ${n.zoneId}`).toBe(true);
});
