"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { CreatePlanBody, PatchPlanBody } from "../api/plan-schemas";
import { planKeys } from "./query-keys";

/** POST /api/plans — create `{ name?, document }`; refreshes the lists. */
export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.createPlan(body),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.lists() }),
  });
}

/** PATCH /api/plans/:id — one explicit save (for autosave use useAutosave). 409 rejects with ApiError code "conflict". */
export function useUpdatePlan(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PatchPlanBody) => api.updatePlan(planId, body),
    onSettled: () => client.invalidateQueries({ queryKey: planKeys.plan(planId) }),
  });
}

/** DELETE /api/plans/:id — archive. */
export function useArchivePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => api.archivePlan(planId),
    onSuccess: (_r, planId) =>
      Promise.all([
        client.invalidateQueries({ queryKey: planKeys.lists() }),
        client.invalidateQueries({ queryKey: planKeys.plan(planId) }),
      ]),
  });
}

/** POST /api/plans/:id/restore — un-archive. */
export function useRestorePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => api.restorePlan(planId),
    onSuccess: (_r, planId) =>
      Promise.all([
        client.invalidateQueries({ queryKey: planKeys.lists() }),
        client.invalidateQueries({ queryKey: planKeys.plan(planId) }),
      ]),
  });
}

/** POST /api/plans/:id/duplicate — copy into a new plan (`name` optional). */
export function useDuplicatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, name }: { planId: string; name?: string }) => api.duplicatePlan(planId, { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.lists() }),
  });
}

/** POST /api/plans/import — a plan JSON document of any schemaVersion → a new plan. */
export function useImportPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => api.importPlan(document),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.lists() }),
  });
}

/**
 * GET /api/plans/:id/document — downloads the JSON file in the browser (a link to api.documentUrl(id) with the
 * `download` attribute works too, without JavaScript).
 */
export function useDownloadPlanDocument() {
  return useMutation({
    mutationFn: async (planId: string) => {
      const { filename, text } = await api.downloadDocument(planId);
      const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return filename;
    },
  });
}
