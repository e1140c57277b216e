"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import { planKeys } from "./query-keys";

/** GET /api/plans/:id — the plan with its current document (disabled while `planId` is empty). */
export function usePlan(planId: string | null | undefined) {
  return useQuery({
    queryKey: planKeys.plan(planId ?? ""),
    queryFn: ({ signal }) => api.getPlan(planId!, signal),
    enabled: Boolean(planId),
  });
}
