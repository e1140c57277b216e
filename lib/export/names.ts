/**
 * Kubernetes names from whatever the user typed. Every generated name is a DNS-1035 label (lowercase letters, digits
 * and '-', starting with a letter, ending with a letter or digit, at most 63 characters) — the strictest rule any
 * object we emit has (Service names), and a subset of DNS-1123 labels.
 */

export const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_LABEL_MAX = 63;

/**
 * Longest base name we hand out. StatefulSet pods carry `controller-revision-hash: <name>-<10 chars>` (a label value,
 * ≤ 63), so 40 characters leave room for that and for the suffixes we add (`-config`, `-ingress`, `-egress`).
 */
export const NAME_MAX = 40;

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint (not security relevant). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A DNS-1035 label from free text: accents folded ("Ünï" → "uni"), anything else than [a-z0-9] becomes '-', runs of
 * '-' collapse, a leading digit gets a letter prefix, and the result is cut to `max` characters. Empty input gives
 * `fallback`. Pure and deterministic.
 */
export function dnsLabel(input: string, fallback = "x", max = NAME_MAX): string {
  const folded = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let label = folded || fallback;
  if (!/^[a-z]/.test(label)) label = `n-${label}`;
  label = label.slice(0, max).replace(/-+$/, "");
  return label || fallback;
}

/**
 * Hands out unique names: the DNS label of an id, or — when two ids fold to the same label ("API" and "api",
 * "a_b" and "a-b") or the label is reserved — the label cut shorter with a hash of the original id appended.
 * Deterministic for a given order of calls.
 */
export class NameAllocator {
  private readonly taken = new Set<string>();
  private readonly byId = new Map<string, string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
  }

  name(id: string): string {
    const known = this.byId.get(id);
    if (known) return known;
    let name = dnsLabel(id);
    if (this.taken.has(name)) {
      const hash = shortHash(id);
      name = `${dnsLabel(id, "x", NAME_MAX - hash.length - 1)}-${hash}`;
      for (let i = 2; this.taken.has(name); i++)
        name = `${dnsLabel(id, "x", NAME_MAX - hash.length - 4)}-${hash}-${i}`;
    }
    this.taken.add(name);
    this.byId.set(id, name);
    return name;
  }
}

/** An environment-variable name from a DNS label: `vector-db` → `VECTOR_DB`. */
export function envName(label: string): string {
  return label.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

/** Joins name parts into one DNS label; beyond 63 characters the end becomes a hash, so it stays unique. */
export function joinedLabel(...parts: string[]): string {
  const joined = parts.join("-");
  if (joined.length <= DNS_LABEL_MAX) return joined;
  return `${joined.slice(0, DNS_LABEL_MAX - 9).replace(/-+$/, "")}-${shortHash(joined)}`;
}
