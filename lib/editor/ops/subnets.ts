import { cidrOverlap } from "../../engine/rules/network";

const toIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");

/**
 * A subnet for a new or copied zone: `preferred` when it overlaps none of `taken`, else the next block of the same
 * size after it (wrapping inside 10.0.0.0/8) that overlaps none — so that a pasted zone does not start life with the
 * "subnets overlap" error the rules would raise. Returns `preferred` when the whole range is taken.
 */
export function freeSubnet(preferred: string, taken: readonly string[]): string {
  const free = (cidr: string) => !taken.some((t) => cidrOverlap(cidr, t));
  if (free(preferred)) return preferred;
  const [ip, bitsText] = preferred.split("/") as [string, string];
  const bits = Math.min(30, Math.max(8, Number(bitsText)));
  const size = 2 ** (32 - bits);
  const base = 10 * 2 ** 24;
  const start = ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
  const blocks = 2 ** 24 / size;
  const first = Math.floor(((((start - base) % 2 ** 24) + 2 ** 24) % 2 ** 24) / size);
  for (let k = 1; k < blocks; k++) {
    const cidr = `${toIp(base + ((first + k) % blocks) * size)}/${bits}`;
    if (free(cidr)) return cidr;
  }
  return preferred;
}
