import { BlockList, isIP } from "node:net";
import { parseIpv4Cidr } from "../catalog/network";

/**
 * Which X-Forwarded-* headers to believe (TRUST_PROXY). Anyone can send X-Forwarded-For: believing it from a client
 * would let it pick its own rate-limit bucket (dodging the limit, or exhausting another client's). So the headers
 * count only as far as the chain of proxies is trusted:
 *
 * - unset, empty, `0` or `false`: no proxy — the client is the socket's peer; X-Forwarded-Proto/Host are ignored;
 * - a hop count `n`: the `n` nearest hops are proxies (e.g. `1` behind one nginx) — the client is the address
 *   the n-th proxy saw;
 * - a list of addresses and CIDRs (`10.0.0.0/8, 127.0.0.1, fd00::/8`, and `loopback`): hops from those
 *   addresses are proxies — the client is the nearest address outside the list.
 *
 * X-Forwarded-Proto and X-Forwarded-Host are believed only when the socket's peer is a trusted proxy, and then
 * the value the nearest proxy set (the right-most).
 */
export type TrustProxy =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList; text: string };

export class TrustProxyConfigError extends Error {}

const LOOPBACK: [string, number, "ipv4" | "ipv6"][] = [
  ["127.0.0.0", 8, "ipv4"],
  ["::1", 128, "ipv6"],
];

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new TrustProxyConfigError(`TRUST_PROXY=${text}: a hop count is 0–32`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    if (entry === "loopback") {
      for (const [net, bits, type] of LOOPBACK) list.addSubnet(net, bits, type);
      continue;
    }
    const [address = "", bits] = entry.split("/");
    const type = isIP(address);
    if (type === 4) {
      const cidr = parseIpv4Cidr(`${address}/${bits ?? 32}`);
      if (!cidr.ok) throw new TrustProxyConfigError(`TRUST_PROXY entry "${entry}": ${cidr.message}`);
      list.addSubnet(address, cidr.cidr.prefixBits, "ipv4");
    } else if (type === 6 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= 128))) {
      list.addSubnet(address, bits === undefined ? 128 : Number(bits), "ipv6");
    } else {
      throw new TrustProxyConfigError(
        `TRUST_PROXY entry "${entry}" is not an IP address or CIDR: use a hop count (1), addresses and CIDRs (10.0.0.0/8, ::1) or loopback`,
      );
    }
  }
  return { kind: "list", list, text };
}

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) → `1.2.3.4`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function isTrusted(trust: TrustProxy, address: string, hop: number): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return hop < trust.hops;
  const type = isIP(address);
  return type !== 0 && trust.list.check(address, type === 4 ? "ipv4" : "ipv6");
}

export interface ForwardedRequest {
  /** The address of the client, as the nearest trusted proxy saw it (else the socket's peer). */
  clientIp: string;
  /** The scheme and host the client used, when a trusted proxy said so. */
  proto?: "http" | "https";
  host?: string;
}

const lastValue = (header: string | undefined) => header?.split(",").at(-1)?.trim() || undefined;
const HOST = /^([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Resolves the client of a request from its socket address and forwarding headers under `trust` (see above).
 * Walks from the nearest hop outwards while the hop is a trusted proxy; stops at an entry that is not an address.
 */
export function resolveForwarded(
  socketAddress: string | undefined,
  headers: { forwardedFor?: string; forwardedProto?: string; forwardedHost?: string },
  trust: TrustProxy,
): ForwardedRequest {
  const peer = normalizeAddress(socketAddress ?? "") || "unknown";
  const hops = [
    peer,
    ...(headers.forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean).reverse(),
  ];
  let client = peer;
  for (let i = 0; i < hops.length - 1 && isTrusted(trust, hops[i]!, i); i++) {
    const next = hops[i + 1]!;
    if (isIP(next) === 0) break;
    client = next;
  }
  if (!isTrusted(trust, peer, 0)) return { clientIp: client };
  const proto = lastValue(headers.forwardedProto)?.toLowerCase();
  const host = lastValue(headers.forwardedHost);
  return {
    clientIp: client,
    ...(proto === "http" || proto === "https" ? { proto } : {}),
    ...(host && HOST.test(host) ? { host } : {}),
  };
}
