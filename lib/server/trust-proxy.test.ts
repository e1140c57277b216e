import { describe, expect, it } from "vitest";
import { parseTrustProxy, resolveForwarded, TrustProxyConfigError } from "./trust-proxy";

const resolve = (trust: string | undefined, peer: string, xff?: string, proto?: string, host?: string) =>
  resolveForwarded(
    peer,
    { forwardedFor: xff, forwardedProto: proto, forwardedHost: host },
    parseTrustProxy(trust),
  );

describe("TRUST_PROXY", () => {
  it("without it, the socket's peer is the client whatever the headers say", () => {
    expect(resolve(undefined, "203.0.113.9", "198.51.100.1", "https", "evil.example")).toEqual({
      clientIp: "203.0.113.9",
    });
    expect(resolve("0", "::ffff:203.0.113.9", "1.2.3.4").clientIp).toBe("203.0.113.9");
    expect(resolve("false", "203.0.113.9", "1.2.3.4").clientIp).toBe("203.0.113.9");
  });

  it("with a hop count, takes the address the outermost trusted proxy saw", () => {
    // client 198.51.100.7 → nginx (appends) → app; the client spoofed "1.1.1.1" in front
    expect(resolve("1", "127.0.0.1", "1.1.1.1, 198.51.100.7", "https", "plans.example.com")).toEqual({
      clientIp: "198.51.100.7",
      proto: "https",
      host: "plans.example.com",
    });
    expect(resolve("2", "10.0.0.2", "1.1.1.1, 198.51.100.7, 10.0.0.1").clientIp).toBe("198.51.100.7");
    // fewer hops than configured: the furthest known address
    expect(resolve("3", "10.0.0.2", "198.51.100.7").clientIp).toBe("198.51.100.7");
  });

  it("with addresses and CIDRs, skips trusted proxies and stops at the first outsider", () => {
    const trust = "10.0.0.0/8, loopback";
    expect(resolve(trust, "127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3").clientIp).toBe("198.51.100.7");
    // a request from outside the list: its headers are ignored
    expect(resolve(trust, "198.51.100.7", "10.0.0.1", "https", "evil.example")).toEqual({
      clientIp: "198.51.100.7",
    });
    expect(resolve("::1, fd00::/8", "::1", "2001:db8::5").clientIp).toBe("2001:db8::5");
  });

  it("stops at a forwarded entry that is not an address, and ignores bad proto/host values", () => {
    expect(resolve("2", "127.0.0.1", "garbage, 198.51.100.7")).toEqual({ clientIp: "198.51.100.7" });
    expect(resolve("1", "127.0.0.1", "not-an-ip").clientIp).toBe("127.0.0.1");
    expect(resolve("1", "127.0.0.1", "198.51.100.7", "gopher", "bad host/x")).toEqual({
      clientIp: "198.51.100.7",
    });
  });

  it("refuses a malformed setting with a message naming the entry", () => {
    expect(() => parseTrustProxy("10.0.0.300/8")).toThrow(TrustProxyConfigError);
    expect(() => parseTrustProxy("10.0.0.0/40")).toThrow(/prefix/);
    expect(() => parseTrustProxy("proxy.local")).toThrow(/"proxy.local" is not an IP address/);
    expect(() => parseTrustProxy("99")).toThrow(/hop count/);
  });
});
