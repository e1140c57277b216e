import { MAX_NODES } from "../plan/plan-schema";

/**
 * Request limits of the API, in one place so the server enforces and the docs state the same numbers.
 * A 2,000-node plan serialises to about 0.7 MB, so 2 MiB leaves room for large notes without letting a client
 * make the server parse arbitrary amounts of JSON.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export { MAX_NODES };

/** The largest revision a save may be based on: revisions are 32-bit integers in the database, and a save writes +1. */
export const MAX_BASE_REVISION = 2_147_483_646;

/**
 * Caps of the public engine routes (`/api/estimate`, `/api/evaluate`, `/api/advise`) for callers without the
 * owner's access (413 naming the cap above them). 250 nodes is ten enterprise templates (25 nodes each) and
 * advises in well under a second; the owner is held only by MAX_NODES and the engine's job time limit.
 */
export const PUBLIC_ENGINE_LIMITS = {
  nodes: 250,
  edges: 1000,
  scenarios: 10,
  /** Requests in one /api/estimate batch. */
  batchItems: 100,
  /** Request body, bytes (a 250-node plan is ≈ 110 KB). */
  bodyBytes: 512 * 1024,
} as const;
