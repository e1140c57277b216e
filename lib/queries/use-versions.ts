"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { LabelVersionBody, RestoreVersionBody } from "../api/version-schemas";
import { planKeys } from "./query-keys";

/** GET /api/plans/:id/versions — versions newest first (message, actor, time). */
export function useVersions(planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.versions(planId),
    queryFn: ({ signal }) => api.listVersions(planId, signal).then((r) => r.versions),
    enabled: options.enabled ?? true,
  });
}

/** GET /api/plans/:id/diff?from=&to= — what changed from `from` to `to` (default current; null from: disabled). */
export function usePlanDiff(planId: string, from: number | null, to?: number) {
  return useQuery({
    queryKey: planKeys.diff(planId, from ?? 0, to),
    queryFn: ({ signal }) => api.diff(planId, from!, to, signal),
    enabled: from !== null,
  });
}

/** POST /api/plans/:id/versions/:rev/restore — `{ revision, baseRevision, message? }` → the new revision. */
export function useRestoreVersion(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ revision, ...body }: RestoreVersionBody & { revision: number }) =>
      api.restoreVersion(planId, revision, body),
    onSettled: () => client.invalidateQueries({ queryKey: planKeys.plan(planId) }),
  });
}

/** PATCH /api/plans/:id/versions/:rev — `{ revision, label }` names a version ("" removes the name). */
export function useLabelVersion(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ revision, ...body }: LabelVersionBody & { revision: number }) =>
      api.labelVersion(planId, revision, body),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.versions(planId) }),
  });
}
