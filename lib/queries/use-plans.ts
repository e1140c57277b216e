"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import type { PlanSort } from "../api/plan-schemas";
import { planKeys } from "./query-keys";

/** GET /api/plans — plan summaries, searched (`q`), sorted and filtered (archived only when `archived`). */
export function usePlans(query: { q?: string; sort?: PlanSort; archived?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.list(query),
    queryFn: ({ signal }) => api.listPlans(query, signal).then((r) => r.plans),
    // Keep showing the previous results while a new search loads (no flash of "loading").
    placeholderData: (previous) => previous,
  });
}
