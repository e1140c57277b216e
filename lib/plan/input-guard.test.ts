import { describe, expect, it } from "vitest";
import { parseIpv4Cidr } from "../catalog/network";
import { guardJsonInput, textProblem } from "./input-guard";
import { parsePlan } from "./parse";
import { buildTemplate } from "../templates";

type Doc = ReturnType<typeof buildTemplate> & Record<string, unknown>;
const template = (): Doc => structuredClone(buildTemplate("enterprise")) as Doc;

/** Renames node 0 everywhere it is referenced (edges), so only the name itself can be wrong. */
function renameNode(doc: Doc, id: string): Doc {
  const old = doc.nodes[0]!.id;
  doc.nodes[0]!.id = id;
  for (const e of doc.edges) {
    if (e.source === old) e.source = id;
    if (e.target === old) e.target = id;
  }
  return doc;
}

function issuesOf(input: unknown) {
  const result = parsePlan(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe("textProblem", () => {
  it("accepts ordinary text with tabs and line breaks", () => {
    expect(textProblem("Line 1\n\tLine 2\r\nnaïve — 日本語 🚀")).toBeUndefined();
  });
  it.each([
    ["\u0000", "U+0000"],
    ["a\u0007b", "U+0007"],
    ["\u001b[31mred", "U+001B"],
    ["\u007f", "U+007F"],
    ["\u0085", "U+0085"],
  ])("names the control character in %j", (text, code) => {
    expect(textProblem(text)).toContain(code);
  });
  it("refuses an unpaired surrogate", () => {
    expect(textProblem("x\ud800y")).toMatch(/surrogate/);
  });
});

describe("guardJsonInput", () => {
  it("reports NUL in a value and in a key with their JSON paths", () => {
    const issues = guardJsonInput({ a: ["ok", "b\u0000"], ["k\u0000"]: 1 });
    expect(issues.map((i) => i.path)).toEqual(["$.a[1]", '$["k\\u0000"]']);
  });
  it("reports null list items", () => {
    expect(guardJsonInput({ nodes: [{}, null] })).toEqual([
      { path: "$.nodes[1]", message: "null is not allowed in a list: remove the item" },
    ]);
  });
  it("refuses prototype member names as identifiers but not as text", () => {
    const issues = guardJsonInput({
      nodes: [{ id: "constructor", label: "constructor" }],
      edges: [{ source: "toString" }],
      constraints: { allowedModels: ["__proto__"] },
      zoneId: "hasOwnProperty",
    });
    expect(issues.map((i) => i.path)).toEqual([
      "$.nodes[0].id",
      "$.edges[0].source",
      "$.constraints.allowedModels[0]",
      "$.zoneId",
    ]);
    expect(issues[0]!.message).toMatch(/"constructor" is reserved/);
  });
  it("stops after 20 issues", () => {
    expect(guardJsonInput(Array.from({ length: 100 }, () => "\u0000"))).toHaveLength(20);
  });
});

describe("parsePlan on hostile input (400 with the field, never a TypeError)", () => {
  it.each(["constructor", "toString", "__proto__", "valueOf"])("refuses the node id %s", (id) => {
    expect(issuesOf(renameNode(template(), id))[0]).toMatchObject({ path: "$.nodes[0].id" });
  });
  it("refuses a scenario or zone named constructor", () => {
    const doc = template();
    doc.zones[0]!.id = "constructor";
    expect(issuesOf(doc)[0]!.path).toBe("$.zones[0].id");
  });
  it("refuses NUL in a label", () => {
    const doc = template();
    doc.nodes[3]!.label = "api\u0000";
    expect(issuesOf(doc)).toEqual([
      expect.objectContaining({ path: "$.nodes[3].label", message: expect.stringContaining("U+0000") }),
    ]);
  });
  it("refuses null items and prototype types in a version-1 document (the migration never runs)", () => {
    expect(
      issuesOf({ schemaVersion: 1, name: "x", nodes: [null], edges: [null] }).map((i) => i.path),
    ).toEqual(["$.nodes[0]", "$.edges[0]"]);
    const v1 = {
      schemaVersion: 1,
      name: "x",
      nodes: [{ id: "a", type: "constructor", x: 0, y: 0, zone: "__proto__" }],
      edges: [],
    };
    expect(issuesOf(v1).map((i) => i.path)).toEqual(["$.nodes[0].type", "$.nodes[0].zone"]);
  });
  it("refuses a subnet with an octet above 255 or a prefix above 32, naming the zone", () => {
    const doc = template();
    doc.zones[1]!.cidr = "10.0.300.0/24";
    expect(issuesOf(doc)).toEqual([
      { path: "$.zones[1].cidr", message: 'octet 3 of "10.0.300.0/24" is 300: each octet is 0–255' },
    ]);
  });
  it("still accepts every template", () => {
    expect(parsePlan(template()).ok).toBe(true);
  });
});

describe("parseIpv4Cidr", () => {
  it("parses a network", () => {
    expect(parseIpv4Cidr("192.168.0.0/16")).toEqual({
      ok: true,
      cidr: { octets: [192, 168, 0, 0], prefixBits: 16 },
    });
    expect(parseIpv4Cidr("0.0.0.0/0").ok).toBe(true);
    expect(parseIpv4Cidr("255.255.255.255/32").ok).toBe(true);
  });
  it.each([
    ["256.0.0.0/8", /octet 1 .* 0–255/],
    ["10.0.0.0/33", /prefix .* 0–32/],
    ["10.0.0.0/99", /prefix/],
    ["10.0.0/24", /not an IPv4 CIDR/],
    ["10.00.0.0/24", /leading zero/],
    ["10.0.0.0", /not an IPv4 CIDR/],
  ])("refuses %s", (text, message) => {
    const result = parseIpv4Cidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
