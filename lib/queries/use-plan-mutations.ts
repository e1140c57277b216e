"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { CreatePlanBody } from "../api/plan-schemas";
import { planKeys } from "./query-keys";

/** POST /api/plans — create `{ name?, document }`; refreshes the lists. */
export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.createPlan(body),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.lists() }),
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
