import { describe, expect, it } from "vitest";
import { stripTerminalEscapes } from "./io";

describe("CLI output", () => {
  it("keeps ordinary text, tabs and line breaks", () => {
    expect(stripTerminalEscapes("plan: Enterprise\n\tnodes 12 — naïve 日本\r\n")).toBe(
      "plan: Enterprise\n\tnodes 12 — naïve 日本\r\n",
    );
  });

  it.each([
    ["colours", "\u001b[31mred\u001b[0m", "red"],
    ["a screen clear and cursor move", "\u001b[2J\u001b[1;1Hx", "x"],
    ["a window title (OSC, BEL)", "\u001b]0;pwned\u0007after", "after"],
    ["a hyperlink (OSC 8, ST)", "\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\", "link"],
    ["8-bit CSI", "\u009b31mred", "red"],
    ["a carriage return overwriting the line", "safe\rEVIL", "safeEVIL"],
    ["NUL, bell and backspace", "a\u0000b\u0007c\bd", "abcd"],
    ["a lone ESC", "a\u001bb", "ab"],
  ])("strips %s", (_what, input, expected) => {
    expect(stripTerminalEscapes(input)).toBe(expected);
  });
});
