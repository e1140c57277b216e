import { expect, type Page } from "@playwright/test";

/** Geometry checks shared by the designer specs (issue 14: readable, non-overlapping, in view). */

export interface NodeBox {
  id: string;
  zone: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's rendered font size: computed font-size × the viewport's zoom, px. */
  labelPx: number;
}

/** Every canvas node's screen box and rendered label size. */
export async function nodeBoxes(page: Page): Promise<NodeBox[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll<HTMLElement>(".react-flow__node[data-id]")].map((el) => {
      const r = el.getBoundingClientRect();
      const label = el.querySelector<HTMLElement>("[data-label]");
      const fontPx = label ? parseFloat(getComputedStyle(label).fontSize) : 0;
      const id = el.dataset.id!;
      return {
        id,
        zone: id.startsWith("zone:"),
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        labelPx: fontPx * zoom,
      };
    });
  });
}

const overlaps = (a: NodeBox, b: NodeBox) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Pairs of components (or pairs of zones) whose boxes intersect; a component inside its zone is not an overlap. */
export function overlappingPairs(boxes: NodeBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.zone === b.zone && overlaps(a, b)) pairs.push(`${a.id} ∩ ${b.id}`);
    }
  return pairs;
}

/** Waits until the canvas stops moving (fit-view animations, late layout): two reads a frame apart agree. */
export async function settledBoxes(page: Page): Promise<NodeBox[]> {
  let last = await nodeBoxes(page);
  await expect(async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await nodeBoxes(page);
    const same = JSON.stringify(now) === JSON.stringify(last);
    last = now;
    expect(same).toBe(true);
  }).toPass();
  return last;
}

/** Nodes whose box leaves the canvas's visible area. */
export async function outsideCanvas(page: Page, boxes: NodeBox[]): Promise<string[]> {
  const pane = (await page.locator(".react-flow").boundingBox())!;
  return boxes
    .filter(
      (b) =>
        b.x < pane.x - 1 ||
        b.y < pane.y - 1 ||
        b.x + b.width > pane.x + pane.width + 1 ||
        b.y + b.height > pane.y + pane.height + 1,
    )
    .map((b) => b.id);
}
