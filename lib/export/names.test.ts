import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DNS_LABEL, dnsLabel, envName, joinedLabel, NAME_MAX, NameAllocator } from "./names";

describe("DNS names from user text", () => {
  it("folds accents, lowercases, replaces anything else, starts with a letter", () => {
    expect(dnsLabel("Ünïcødé: {a: b} # not a comment\n- x")).toBe("unic-de-a-b-not-a-comment-x");
    expect(dnsLabel("API_Server")).toBe("api-server");
    expect(dnsLabel("42-nodes")).toBe("n-42-nodes");
    expect(dnsLabel("日本語")).toBe("x");
    expect(dnsLabel("---")).toBe("x");
    expect(dnsLabel("a".repeat(100))).toHaveLength(NAME_MAX);
  });

  it("always gives a DNS-1035 label within the length limit (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const label = dnsLabel(s);
        expect(label).toMatch(DNS_LABEL);
        expect(label.length).toBeLessThanOrEqual(NAME_MAX);
      }),
    );
  });

  it("allocates unique names when ids fold together or hit reserved names", () => {
    const names = new NameAllocator(["default-deny"]);
    const a = names.name("api");
    const b = names.name("API");
    const c = names.name("a_p_i");
    const d = names.name("Default-Deny");
    expect(a).toBe("api");
    expect(b).not.toBe(a);
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(d).not.toBe("default-deny");
    for (const n of [a, b, c, d]) expect(n).toMatch(DNS_LABEL);
    expect(names.name("API")).toBe(b);
    expect(envName("vector-db")).toBe("VECTOR_DB");
  });

  it("keeps names unique for many colliding ids (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/), { maxLength: 40 }),
        (ids) => {
          const names = new NameAllocator();
          const out = ids.map((id) => names.name(id));
          expect(new Set(out).size).toBe(ids.length);
          for (const n of out) expect(n.length).toBeLessThanOrEqual(NAME_MAX);
        },
      ),
    );
  });
});

describe("joined labels", () => {
  it("stay within 63 characters and unique", () => {
    expect(joinedLabel("devana", "monitoring")).toBe("devana-monitoring");
    const a = joinedLabel("p".repeat(30), "a".repeat(40));
    const b = joinedLabel("p".repeat(30), `${"a".repeat(39)}b`);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).toMatch(DNS_LABEL);
    expect(a).not.toBe(b);
  });
});
