"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { CreateShareLinkBody } from "../api/share-schemas";
import { planKeys } from "./query-keys";

/** GET /api/plans/:id/share-links — the plan's links (no tokens) with status and last use. */
export function useShareLinks(planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.shareLinks(planId),
    queryFn: ({ signal }) => api.listShareLinks(planId, signal).then((r) => r.links),
    enabled: options.enabled ?? true,
    // Status and last use change outside this tab (a visitor opens the link): refresh whenever the list is shown.
    staleTime: 0,
    refetchOnMount: "always",
  });
}

/** POST /api/plans/:id/share-links — `{ role, expiresAt?, label? }` → the link with its token (shown once) and URL. */
export function useCreateShareLink(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareLinkBody) => api.createShareLink(planId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.shareLinks(planId) }),
  });
}

/** DELETE /api/plans/:id/share-links/:linkId — revoke. */
export function useRevokeShareLink(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => api.revokeShareLink(planId, linkId),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.shareLinks(planId) }),
  });
}
