/**
 * The platform components an architect places on the canvas (docs/reference-platform.md §1), with their ports,
 * category in the palette, default zone (§4 subnets) and whether they hold state.
 */
export const COMPONENT_KINDS = [
  "lb",
  "frontend",
  "api",
  "odin",
  "postgres",
  "chroma",
  "meili",
  "redis",
  "s3",
  "monitoring",
  "llm",
  "embeddings",
  "cloud-llm",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const PALETTE_CATEGORIES = ["Network", "Application", "Data", "AI", "Observability"] as const;
export type PaletteCategory = (typeof PALETTE_CATEGORIES)[number];

export const ZONE_KINDS = ["dmz", "app", "services", "data", "ai", "management"] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface ZoneSpec {
  kind: ZoneKind;
  name: string;
  defaultCidr: string;
  purpose: string;
}

/** Security zones and subnets of docs/reference-platform.md §4. */
export const ZONES: Record<ZoneKind, ZoneSpec> = {
  dmz: {
    kind: "dmz",
    name: "DMZ",
    defaultCidr: "10.0.1.0/24",
    purpose: "Load balancers, reverse proxy, WAF",
  },
  app: { kind: "app", name: "App", defaultCidr: "10.0.10.0/24", purpose: "Frontend and API" },
  services: {
    kind: "services",
    name: "Services",
    defaultCidr: "10.0.20.0/24",
    purpose: "Odin, Redis, Meilisearch",
  },
  data: {
    kind: "data",
    name: "Data",
    defaultCidr: "10.0.30.0/24",
    purpose: "PostgreSQL, ChromaDB, object storage",
  },
  ai: { kind: "ai", name: "AI", defaultCidr: "10.0.40.0/24", purpose: "LLM and embedding servers" },
  management: {
    kind: "management",
    name: "Management",
    defaultCidr: "10.0.99.0/24",
    purpose: "Monitoring, backup",
  },
};

export interface PortSpec {
  port: number;
  protocol: "http" | "https" | "grpc" | "ws" | "tcp" | "postgres" | "redis" | "s3";
  name: string;
}

export interface ComponentSpec {
  kind: ComponentKind;
  name: string;
  technology: string;
  role: string;
  criticality: "critical" | "important" | "optional";
  category: PaletteCategory;
  /** Ports the component listens on inside the cluster (empty for an external provider). */
  ports: PortSpec[];
  /** Zone the reference platform places it in; null = outside the premises (cloud provider). */
  defaultZone: ZoneKind | null;
  /** Holds data that must survive a restart (StatefulSet, PVC, backups). */
  stateful: boolean;
  /** Serves a model: has hardware × model × precision × framework (or a cloud provider). */
  serving: "self-hosted" | "cloud" | null;
  /** Short glyph shown on the canvas node (no icon font download needed). */
  icon: string;
}

export const COMPONENTS: Record<ComponentKind, ComponentSpec> = {
  lb: {
    kind: "lb",
    name: "Load balancer",
    technology: "Nginx / HAProxy",
    role: "Entry point, TLS termination",
    criticality: "critical",
    category: "Network",
    ports: [
      { port: 443, protocol: "https", name: "https" },
      { port: 80, protocol: "http", name: "http-redirect" },
    ],
    defaultZone: "dmz",
    stateful: false,
    serving: null,
    icon: "LB",
  },
  frontend: {
    kind: "frontend",
    name: "Web frontend",
    technology: "Next.js 15 SSR",
    role: "User interface",
    criticality: "critical",
    category: "Application",
    ports: [{ port: 3000, protocol: "http", name: "http" }],
    defaultZone: "app",
    stateful: false,
    serving: null,
    icon: "FE",
  },
  api: {
    kind: "api",
    name: "Platform API",
    technology: "Node.js 22 (PM2)",
    role: "Backend, orchestration, HTTP/GraphQL",
    criticality: "critical",
    category: "Application",
    ports: [
      { port: 4666, protocol: "http", name: "http" },
      { port: 5001, protocol: "ws", name: "websocket" },
    ],
    defaultZone: "app",
    stateful: false,
    serving: null,
    icon: "API",
  },
  odin: {
    kind: "odin",
    name: "Document worker (Odin)",
    technology: "Python 3.12",
    role: "Document processing, OCR, vectorisation",
    criticality: "critical",
    category: "Application",
    ports: [{ port: 3003, protocol: "http", name: "http" }],
    defaultZone: "services",
    stateful: false,
    serving: null,
    icon: "ODN",
  },
  postgres: {
    kind: "postgres",
    name: "PostgreSQL 17",
    technology: "PostgreSQL 17",
    role: "Metadata, conversations, logs",
    criticality: "critical",
    category: "Data",
    ports: [{ port: 5432, protocol: "postgres", name: "postgres" }],
    defaultZone: "data",
    stateful: true,
    serving: null,
    icon: "PG",
  },
  chroma: {
    kind: "chroma",
    name: "ChromaDB",
    technology: "ChromaDB >= 1.0.6",
    role: "Vector store for RAG retrieval",
    criticality: "critical",
    category: "Data",
    ports: [{ port: 8000, protocol: "http", name: "http" }],
    defaultZone: "data",
    stateful: true,
    serving: null,
    icon: "VEC",
  },
  meili: {
    kind: "meili",
    name: "Meilisearch",
    technology: "Meilisearch >= 1.13.3",
    role: "Full-text search",
    criticality: "important",
    category: "Data",
    ports: [{ port: 7700, protocol: "http", name: "http" }],
    defaultZone: "services",
    stateful: true,
    serving: null,
    icon: "FTS",
  },
  redis: {
    kind: "redis",
    name: "Redis",
    technology: "Redis >= 7.4",
    role: "Cache, sessions, queues",
    criticality: "critical",
    category: "Data",
    ports: [{ port: 6379, protocol: "redis", name: "redis" }],
    defaultZone: "services",
    stateful: true,
    serving: null,
    icon: "RDS",
  },
  s3: {
    kind: "s3",
    name: "Object storage (S3 / MinIO)",
    technology: "MinIO (S3-compatible)",
    role: "User files",
    criticality: "critical",
    category: "Data",
    ports: [{ port: 9000, protocol: "s3", name: "s3" }],
    defaultZone: "data",
    stateful: true,
    serving: null,
    icon: "S3",
  },
  monitoring: {
    kind: "monitoring",
    name: "Monitoring",
    technology: "Prometheus + Grafana (+ Loki, Tempo)",
    role: "Observability",
    criticality: "important",
    category: "Observability",
    ports: [
      { port: 9090, protocol: "http", name: "prometheus" },
      { port: 3000, protocol: "http", name: "grafana" },
    ],
    defaultZone: "management",
    stateful: true,
    serving: null,
    icon: "MON",
  },
  llm: {
    kind: "llm",
    name: "LLM server",
    technology: "vLLM / TGI / TensorRT-LLM / llama.cpp / MLX",
    role: "Text generation",
    criticality: "critical",
    category: "AI",
    ports: [{ port: 8000, protocol: "http", name: "openai" }],
    defaultZone: "ai",
    stateful: false,
    serving: "self-hosted",
    icon: "LLM",
  },
  embeddings: {
    kind: "embeddings",
    name: "Embedding server",
    technology: "vLLM / TGI",
    role: "Embeddings for ingestion and queries",
    criticality: "critical",
    category: "AI",
    ports: [{ port: 8000, protocol: "http", name: "openai" }],
    defaultZone: "ai",
    stateful: false,
    serving: "self-hosted",
    icon: "EMB",
  },
  "cloud-llm": {
    kind: "cloud-llm",
    name: "Cloud LLM provider",
    technology: "OpenAI / Azure OpenAI / Anthropic",
    role: "Generation or embeddings via API",
    criticality: "critical",
    category: "AI",
    ports: [{ port: 443, protocol: "https", name: "https" }],
    defaultZone: null,
    stateful: false,
    serving: "cloud",
    icon: "☁",
  },
};

export function isServingKind(kind: ComponentKind): kind is "llm" | "embeddings" {
  return kind === "llm" || kind === "embeddings";
}
