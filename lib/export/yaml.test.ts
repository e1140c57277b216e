import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toYaml } from "./yaml";

describe("YAML output", () => {
  it("quotes what YAML 1.1 parsers (PyYAML, go-yaml) would read as booleans, numbers or special tags", () => {
    const text = toYaml({
      values: ["yes", "No", "on", "off", "y", "1:20", "0777", "~", "null", "=", "<<", "4", "1e3"],
    });
    for (const plain of ["- yes", "- on", "- 1:20", "- 0777", "- =", "- <<", "- 4"])
      expect(text).not.toContain(`${plain}\n`);
    expect(parse(text, { version: "1.1" }).values).toEqual([
      "yes",
      "No",
      "on",
      "off",
      "y",
      "1:20",
      "0777",
      "~",
      "null",
      "=",
      "<<",
      "4",
      "1e3",
    ]);
  });

  it("escapes any text and never aliases shared objects", () => {
    const shared = { a: 1 };
    const hostile = "Ünïcødé: {a: b} # not a comment\n- x";
    const text = toYaml({ s1: shared, s2: shared, hostile });
    expect(text).not.toMatch(/[&*]a/);
    expect(parse(text)).toEqual({ s1: { a: 1 }, s2: { a: 1 }, hostile });
  });
});
