"use client";

import { useQuery } from "@tanstack/react-query";
import { api, type ExportSource } from "../api/client";
import { ApiError } from "../api/errors";
import type { ExportQuery } from "../api/export-schemas";
import { exportKeys } from "./query-keys";

/**
 * GET /api/plans/:id/export or /api/shared/:token/export with `Accept: application/json` — the files of one export
 * (format × environment) and the warnings, for the export dialog's tree and preview. Cached per choice for 30 s;
 * refusals (4xx) are not retried.
 */
export function useExportFiles(source: ExportSource, query: ExportQuery, enabled: boolean) {
  return useQuery({
    queryKey: exportKeys.files(source, query),
    queryFn: ({ signal }) => api.exportFiles(source, query, signal),
    enabled,
    staleTime: 30_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
