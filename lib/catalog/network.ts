import { COMPONENTS, type ComponentKind } from "./components";

/** A kind as people read it ("PostgreSQL 17", not "postgres"). */
const named = (kind: ComponentKind) => COMPONENTS[kind].name;

/**
 * Service-network link classes an edge can carry (the platform's own traffic, not the accelerator fabric — see
 * interconnects for that). Latencies are typical round-trip figures for the class, in ms; an edge may override them.
 */
export const LINK_CLASSES = [
  "same-node",
  "same-zone",
  "cross-zone",
  "lan-1g",
  "metro",
  "wan",
  "internet",
] as const;
export type LinkClass = (typeof LINK_CLASSES)[number];

export interface LinkClassSpec {
  id: LinkClass;
  name: string;
  latencyMs: number;
  bandwidthGbps: number;
  description: string;
}

export const LINK_CLASS_SPECS: Record<LinkClass, LinkClassSpec> = {
  "same-node": {
    id: "same-node",
    name: "Same node",
    latencyMs: 0.1,
    bandwidthGbps: 25,
    description: "Pods on one host (loopback / veth)",
  },
  "same-zone": {
    id: "same-zone",
    name: "Same zone (10 GbE)",
    latencyMs: 0.3,
    bandwidthGbps: 10,
    description: "One switched subnet, 10 Gbps (recommended pod-to-pod)",
  },
  "cross-zone": {
    id: "cross-zone",
    name: "Across zones (routed, firewalled)",
    latencyMs: 1,
    bandwidthGbps: 10,
    description: "Between VLANs through the firewall",
  },
  "lan-1g": {
    id: "lan-1g",
    name: "LAN 1 GbE",
    latencyMs: 0.5,
    bandwidthGbps: 1,
    description: "The reference platform's minimum pod-to-pod bandwidth",
  },
  metro: {
    id: "metro",
    name: "Metro (other site, same city)",
    latencyMs: 3,
    bandwidthGbps: 10,
    description: "Second datacentre within ~100 km",
  },
  wan: {
    id: "wan",
    name: "WAN (other region)",
    latencyMs: 25,
    bandwidthGbps: 1,
    description: "Inter-region private link",
  },
  internet: {
    id: "internet",
    name: "Internet",
    latencyMs: 40,
    bandwidthGbps: 0.5,
    description: "Public internet to a cloud API",
  },
};

export interface LatencyLimit {
  a: ComponentKind;
  b: ComponentKind;
  maxMs: number;
  optimalMs: number;
  /** What a slower link costs, in English (the inspector's hint, the engine's finding text). */
  impact: string;
}

/**
 * A latency limit's stable code, `<a>-<b>` ("api-postgres"): findings carry it so each language words the impact
 * (messages/<locale>/findings.json `latency-exceeded.impact.<code>`).
 */
export const latencyLimitCode = (l: LatencyLimit) => `${l.a}-${l.b}`;

/** Maximum acceptable latency per link (docs/reference-platform.md §4, and §3 scenario 1 for the cloud API). */
export const LATENCY_LIMITS: LatencyLimit[] = [
  { a: "frontend", b: "api", maxMs: 200, optimalMs: 50, impact: "degraded user experience" },
  { a: "api", b: "postgres", maxMs: 10, optimalMs: 2, impact: "critical performance loss" },
  { a: "api", b: "chroma", maxMs: 50, optimalMs: 10, impact: "slow RAG retrieval" },
  { a: "api", b: "llm", maxMs: 500, optimalMs: 100, impact: "user time-outs" },
  { a: "api", b: "redis", maxMs: 5, optimalMs: 1, impact: "cache becomes useless" },
  { a: "api", b: "cloud-llm", maxMs: 100, optimalMs: 50, impact: "slow generation through the cloud API" },
];

export function latencyLimitFor(a: ComponentKind, b: ComponentKind): LatencyLimit | undefined {
  return LATENCY_LIMITS.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
}

export interface FlowRule {
  source: ComponentKind;
  target: ComponentKind;
  ports: number[];
  origin: "spec" | "planner";
  why: string;
}

/**
 * A flow rule's stable code, `<source>-<target>` ("odin-embeddings"; one rule per pair): findings carry it so each
 * language words the reason (messages/<locale>/findings.json `missing-flow.why.<code>`).
 */
export const flowRuleCode = (r: FlowRule) => `${r.source}-${r.target}`;

/**
 * Allowed flows. Everything else is denied (default deny, as the reference firewall's `* -> … DENY` lines say).
 * `spec` rules are the reference platform's production firewall (§4); `planner` rules are flows the components'
 * roles need but the spec's example list omits (marked so in templates, exports and the UI).
 */
export const FLOW_RULES: FlowRule[] = [
  {
    source: "lb",
    target: "frontend",
    ports: [3000],
    origin: "spec",
    why: "Users reach the UI through the load balancer",
  },
  {
    source: "frontend",
    target: "api",
    ports: [4666, 5001],
    origin: "spec",
    why: "UI calls the API (HTTP/GraphQL, WebSocket)",
  },
  {
    source: "lb",
    target: "api",
    ports: [4666],
    origin: "spec",
    why: "API clients reach the API through the load balancer",
  },
  { source: "api", target: "postgres", ports: [5432], origin: "spec", why: "Metadata and conversations" },
  { source: "api", target: "chroma", ports: [8000], origin: "spec", why: "RAG retrieval" },
  { source: "api", target: "redis", ports: [6379], origin: "spec", why: "Cache, sessions, queues" },
  { source: "api", target: "odin", ports: [3003], origin: "spec", why: "Document processing jobs" },
  { source: "api", target: "llm", ports: [8000], origin: "spec", why: "Generation on the self-hosted LLM" },
  {
    source: "odin",
    target: "embeddings",
    ports: [8000],
    origin: "spec",
    why: "Vectorisation on the self-hosted embedding server",
  },
  {
    source: "api",
    target: "meili",
    ports: [7700],
    origin: "planner",
    why: "Full-text search queries (Meilisearch is the platform's search)",
  },
  { source: "api", target: "s3", ports: [9000], origin: "planner", why: "Upload and download of user files" },
  {
    source: "odin",
    target: "s3",
    ports: [9000],
    origin: "planner",
    why: "Odin reads the documents it processes",
  },
  {
    source: "odin",
    target: "chroma",
    ports: [8000],
    origin: "planner",
    why: "Odin writes the vectors it computes",
  },
  { source: "odin", target: "meili", ports: [7700], origin: "planner", why: "Odin indexes extracted text" },
  { source: "odin", target: "redis", ports: [6379], origin: "planner", why: "Odin consumes its job queue" },
  {
    source: "api",
    target: "cloud-llm",
    ports: [443],
    origin: "spec",
    why: "Generation through the cloud provider (scenario 1/3)",
  },
  {
    source: "odin",
    target: "cloud-llm",
    ports: [443],
    origin: "spec",
    why: "Embeddings through the cloud provider (scenario 1)",
  },
];

export type ConnectionCheck =
  | { ok: true; rule: FlowRule; port: number }
  | {
      ok: false;
      code: "flow-denied" | "port-not-allowed" | "self-loop";
      message: string;
      fix: string;
      /** The values of the message, by name (for the findings catalog's other languages). */
      params: {
        from: string;
        to: string;
        /** flow-denied: how to fix it — draw it the other way, call from the listed callers, or nothing may call. */
        way: "reverse" | "callers" | "none" | "";
        callers: string;
        callerCount: number;
        ports: string;
        port: number;
        /** port-not-allowed: the port to use instead. */
        firstPort: number;
      };
    };

/**
 * The one connection validator: the canvas calls it before drawing an edge, the engine for every saved edge.
 * Default deny: a flow is allowed only if a rule lists source kind → target kind (and the port, when given).
 */
export function checkConnection(
  source: ComponentKind,
  target: ComponentKind,
  port?: number,
): ConnectionCheck {
  const [from, to] = [named(source), named(target)];
  if (source === target) {
    return {
      ok: false,
      code: "self-loop",
      message: `A ${from} cannot connect to another ${from}: the reference firewall has no such flow.`,
      fix: `Connect components of different kinds (e.g. ${named("api")} → ${named("postgres")}).`,
      params: { from, to, way: "", callers: "", callerCount: 0, ports: "", port: port ?? 0, firstPort: 0 },
    };
  }
  const rule = FLOW_RULES.find((r) => r.source === source && r.target === target);
  if (!rule) {
    const reverse = FLOW_RULES.find((r) => r.source === target && r.target === source);
    const into = FLOW_RULES.filter((r) => r.target === target).map((r) => r.source);
    const callers = unique(into).map(named).join(", ");
    const fix = reverse
      ? `Draw it the other way: ${to} → ${from} (the caller is the source).`
      : into.length > 0
        ? `Only ${callers} may call ${to}; connect from ${into.length === 1 ? "it" : "one of them"} instead.`
        : `Nothing may call ${to} directly in the reference firewall.`;
    return {
      ok: false,
      code: "flow-denied",
      message: `${from} → ${to} is denied: the reference firewall allows only listed flows (default deny).`,
      fix,
      params: {
        from,
        to,
        way: reverse ? "reverse" : into.length > 0 ? "callers" : "none",
        callers,
        callerCount: into.length,
        ports: "",
        port: port ?? 0,
        firstPort: 0,
      },
    };
  }
  if (port !== undefined && !rule.ports.includes(port)) {
    return {
      ok: false,
      code: "port-not-allowed",
      message: `${from} → ${to} is allowed on port ${rule.ports.join(", ")} only, not ${port}.`,
      fix: `Use port ${rule.ports[0]}.`,
      params: {
        from,
        to,
        way: "",
        callers: "",
        callerCount: 0,
        ports: rule.ports.join(", "),
        port,
        firstPort: rule.ports[0]!,
      },
    };
  }
  return { ok: true, rule, port: port ?? rule.ports[0]! };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** An IPv4 network in CIDR notation, parsed: the four octets and the prefix length. */
export interface Ipv4Cidr {
  octets: [number, number, number, number];
  prefixBits: number;
}

const CIDR_SHAPE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Parses `a.b.c.d/n`: each octet 0–255 (no leading zeros, which some tools read as octal), prefix 0–32.
 * Returns the parsed network, or a message saying what is wrong and what is expected.
 */
export function parseIpv4Cidr(text: string): { ok: true; cidr: Ipv4Cidr } | { ok: false; message: string } {
  const m = CIDR_SHAPE.exec(text);
  if (!m) return { ok: false, message: `"${text}" is not an IPv4 CIDR like 10.0.10.0/24` };
  const parts = m.slice(1, 5);
  for (const [i, part] of parts.entries()) {
    if (Number(part) > 255)
      return { ok: false, message: `octet ${i + 1} of "${text}" is ${part}: each octet is 0–255` };
    if (part.length > 1 && part.startsWith("0"))
      return { ok: false, message: `octet ${i + 1} of "${text}" has a leading zero: write ${Number(part)}` };
  }
  const prefixBits = Number(m[5]);
  if (prefixBits > 32)
    return { ok: false, message: `the prefix of "${text}" is /${prefixBits}: an IPv4 prefix is 0–32` };
  return { ok: true, cidr: { octets: parts.map(Number) as Ipv4Cidr["octets"], prefixBits } };
}
