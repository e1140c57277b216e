"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/errors";
import { api } from "../api/client";
import type { PatchPlanBody } from "../api/plan-schemas";
import { sharedKeys } from "./query-keys";

/**
 * GET /api/shared/:token — the plan a link opens and the link's role. Gone (410), unknown (404) and rate-limited
 * (429) answers are not retried: the error's `code` says which (link_revoked, link_expired, not_found, rate_limited).
 */
export function useSharedPlan(token: string) {
  return useQuery({
    queryKey: sharedKeys.plan(token),
    queryFn: ({ signal }) => api.getShared(token, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 3,
  });
}

/** PATCH /api/shared/:token — one explicit save through an edit link (403 for a view link). */
export function useUpdateSharedPlan(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PatchPlanBody) => api.updateShared(token, body),
    onSettled: () => client.invalidateQueries({ queryKey: sharedKeys.plan(token) }),
  });
}
