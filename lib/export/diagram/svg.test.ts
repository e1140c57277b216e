import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { borderPoint, diagramLayout } from "./geometry";
import { diagramSvg, escapeXml, fit, num } from "./svg";

const plan = buildTemplate("enterprise");

describe("diagramSvg", () => {
  it("is well-formed XML with one group per node, zone and edge", () => {
    const svg = diagramSvg(plan, { title: plan.metadata.name });
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    }).parse(svg);
    const root = parsed.svg[0];
    const groups = root.g as Array<{ "@_class": string }>;
    expect(groups.filter((g) => g["@_class"] === "node")).toHaveLength(plan.nodes.length);
    expect(groups.filter((g) => g["@_class"] === "zone")).toHaveLength(plan.zones.length);
    expect(root.line ?? []).toHaveLength(plan.edges.length);
  });

  it("names every component and zone", () => {
    const svg = diagramSvg(plan);
    for (const n of plan.nodes) expect(svg).toContain(escapeXml(`${n.label} (`));
    for (const z of plan.zones) expect(svg).toContain(`>${escapeXml(z.label)}</text>`);
  });

  it("is deterministic and changes when a node moves", () => {
    expect(diagramSvg(plan)).toBe(diagramSvg(structuredClone(plan)));
    const moved = structuredClone(plan);
    moved.nodes[0]!.position.x += 50;
    expect(diagramSvg(moved)).not.toBe(diagramSvg(plan));
  });

  it("escapes labels that hold markup", () => {
    const tricky = structuredClone(plan);
    tricky.nodes[0]!.label = `<script>&"x"`;
    const svg = diagramSvg(tricky, { title: "a < b" });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
  });

  it("draws an empty plan as a small blank drawing", () => {
    const svg = diagramSvg({ zones: [], nodes: [], edges: [] });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('viewBox="-24 -24 248 128"');
  });
});

describe("geometry", () => {
  it("places a zoned node relative to its zone", () => {
    const layout = diagramLayout(plan);
    const node = plan.nodes.find((n) => n.zoneId !== null)!;
    const zone = plan.zones.find((z) => z.id === node.zoneId)!;
    const drawn = layout.nodes.find((n) => n.id === node.id)!;
    expect(drawn.x).toBe(zone.position.x + node.position.x);
    expect(drawn.y).toBe(zone.position.y + node.position.y);
  });

  it("leaves a box on its border towards the other box", () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    expect(borderPoint(a, { x: 300, y: 0, width: 100, height: 50 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(a, { x: 0, y: 200, width: 100, height: 50 })).toEqual({ x: 50, y: 50 });
  });

  it("rounds and fits text", () => {
    expect(num(-0.04)).toBe("0");
    expect(num(12.345)).toBe("12.3");
    expect(fit("abcdef", 4)).toBe("abc…");
    expect(fit("abc", 4)).toBe("abc");
  });
});

describe("raster size", () => {
  it("doubles the SVG's size for the PNG, capped at the canvas limit, from the SVG's own attributes", async () => {
    const { pngSize, svgSize } = await import("./raster");
    const size = svgSize(diagramSvg(plan));
    expect(size.width).toBeGreaterThan(500);
    expect(pngSize(size)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
    expect(pngSize({ width: 20_000, height: 100 }, 2, 8192)).toEqual({ width: 8192, height: 41 });
    expect(() => svgSize("<svg/>")).toThrow(/width and height/);
  });
});
