import type { PlanSort } from "../api/plan-schemas";

/**
 * TanStack Query keys, one factory so invalidations match. Everything about one plan sits under ["plans", id] and
 * can be invalidated at once; lists under ["plans", "list"].
 */
export const planKeys = {
  all: ["plans"] as const,
  lists: () => ["plans", "list"] as const,
  list: (query: { q?: string; sort?: PlanSort; archived?: boolean }) =>
    [
      "plans",
      "list",
      { q: query.q ?? "", sort: query.sort ?? "updated", archived: query.archived ?? false },
    ] as const,
  plan: (planId: string) => ["plans", "detail", planId] as const,
  versions: (planId: string) => ["plans", "detail", planId, "versions"] as const,
  version: (planId: string, revision: number) => ["plans", "detail", planId, "versions", revision] as const,
  diff: (planId: string, from: number, to?: number) =>
    ["plans", "detail", planId, "diff", from, to ?? "current"] as const,
  shareLinks: (planId: string) => ["plans", "detail", planId, "share-links"] as const,
};

/** Shared plans are keyed by the token (kept in memory only, never persisted by the query cache). */
export const sharedKeys = {
  plan: (token: string) => ["shared", token] as const,
};

export const openApiKey = ["openapi"] as const;
