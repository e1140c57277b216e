import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  hasOwnerBearer,
  isOwnerKey,
  isPublicPath,
  ownerKey,
  safeNextPath,
  sessionCookieValue,
  verifiedSessionSecret,
} from "./owner-access";

describe("owner access", () => {
  it("creates a random 256-bit key file once (mode 0600) and reads it back", () => {
    const file = join(mkdtempSync(join(tmpdir(), "owner-")), "data", "owner-key");
    const key = ownerKey({}, file);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(file, "utf8").trim()).toBe(key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ownerKey({}, file)).toBe(key);
  });

  it("takes STACKPLAN_OWNER_KEY when set, and refuses a short one naming the variable", () => {
    expect(ownerKey({ STACKPLAN_OWNER_KEY: "a-long-enough-owner-key" })).toBe("a-long-enough-owner-key");
    expect(() => ownerKey({ STACKPLAN_OWNER_KEY: "short" })).toThrow(/STACKPLAN_OWNER_KEY .*at least 16/);
  });

  it("accepts the bearer key, and session cookies signed with the current key only", () => {
    const key = "owner-key-for-the-test-0123";
    const secret = "s".repeat(43);
    const cookie = sessionCookieValue(secret, key);
    expect(cookie).not.toContain(key);
    expect(verifiedSessionSecret(cookie, key)).toBe(secret);
    expect(verifiedSessionSecret(cookie, "a-rotated-owner-key-456789")).toBeUndefined();
    expect(verifiedSessionSecret(`${secret}.${"x".repeat(43)}`, key)).toBeUndefined();
    expect(verifiedSessionSecret(undefined, key)).toBeUndefined();
    expect(hasOwnerBearer(`Bearer ${key}`, key)).toBe(true);
    expect(hasOwnerBearer("Bearer wrong", key)).toBe(false);
    expect(hasOwnerBearer(`Basic ${key}`, key)).toBe(false);
    expect(isOwnerKey(` ${key} `, key)).toBe(true);
    expect(isOwnerKey(undefined, key)).toBe(false);
  });

  it("keeps share links, the engine API and health public; plans and the editor are the owner's", () => {
    for (const p of [
      "/s/abc",
      "/api/shared/abc",
      "/api/shared/abc/export",
      "/api/health",
      "/api/estimate",
      "/sign-in",
    ])
      expect(isPublicPath(p), p).toBe(true);
    for (const p of [
      "/",
      "/plans",
      "/plans/x",
      "/api/plans",
      "/api/plans/x/share-links",
      "/s",
      "/api/sharedx",
    ])
      expect(isPublicPath(p), p).toBe(false);
  });

  it("redirects after sign-in only to a path of this site", () => {
    expect(safeNextPath("/plans/abc")).toBe("/plans/abc");
    expect(safeNextPath("//evil.example")).toBe("/plans");
    expect(safeNextPath("https://evil.example")).toBe("/plans");
    expect(safeNextPath("/\\evil.example")).toBe("/plans");
    expect(safeNextPath(null)).toBe("/plans");
    // browsers drop tabs and line breaks and read \\ as /: each of these would leave the site
    for (const hostile of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil",
      "/%0d%0aSet-Cookie:x",
      "\\\\evil",
    ])
      expect(safeNextPath(hostile).startsWith("//")).toBe(false);
    expect(safeNextPath("/\t/evil.example")).toBe("/plans");
    expect(safeNextPath("/a\r\nLocation: //evil")).toBe("/plans");
    expect(safeNextPath("/plans?q=a#b")).toBe("/plans?q=a#b");
    expect(safeNextPath("/./\\evil")).toBe("/plans");
  });
});
