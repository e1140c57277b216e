import type { ExportSource } from "../api/client";
import type { ExportQuery } from "../api/export-schemas";
import type { PlanSort } from "../api/plan-schemas";

/**
 * TanStack Query keys, one factory so invalidations match. Everything about one plan sits under ["plans", id] and
 * can be invalidated at once; lists under ["plans", "list"].
 */
export const planKeys = {
  lists: () => ["plans", "list"] as const,
  list: (query: { q?: string; sort?: PlanSort; archived?: boolean }) =>
    [
      "plans",
      "list",
      { q: query.q ?? "", sort: query.sort ?? "updated", archived: query.archived ?? false },
    ] as const,
  plan: (planId: string) => ["plans", "detail", planId] as const,
  versions: (planId: string) => ["plans", "detail", planId, "versions"] as const,
  diff: (planId: string, from: number, to?: number) =>
    ["plans", "detail", planId, "diff", from, to ?? "current"] as const,
  shareLinks: (planId: string) => ["plans", "detail", planId, "share-links"] as const,
};

/** Bundle previews, per source and choice (the share token stays in memory: the query cache is not persisted). */
export const exportKeys = {
  files: (source: ExportSource, query: ExportQuery) => ["export", source, query] as const,
};
