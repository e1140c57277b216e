"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiError, apiErrorBodySchema, NetworkError } from "@/lib/api/errors";
import type { Environment, ExportFilesResponse, ExportFormat } from "@/lib/export";

/** Where the bundle comes from: the owner's plan, or a share link (view rights suffice). */
export type ExportSource = { kind: "plan"; planId: string } | { kind: "shared"; token: string };

/** URL of the export endpoint; without `Accept: application/json` it answers the .zip attachment. */
export function exportUrl(source: ExportSource, format: ExportFormat, environment: Environment): string {
  const base =
    source.kind === "plan"
      ? `/api/plans/${encodeURIComponent(source.planId)}/export`
      : `/api/shared/${encodeURIComponent(source.token)}/export`;
  return `${base}?${new URLSearchParams({ format, environment })}`;
}

async function fetchFiles(url: string, signal: AbortSignal): Promise<ExportFilesResponse> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, signal });
  } catch (e) {
    throw new NetworkError(e);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body);
    throw parsed.success
      ? new ApiError(parsed.data.error, response.status)
      : new ApiError(
          { code: "internal_error", message: `export failed with HTTP ${response.status}` },
          response.status,
        );
  }
  return body as ExportFilesResponse;
}

/** The files of one export (format × environment), for the dialog's tree and preview. Cached per choice. */
export function useExportFiles(
  source: ExportSource,
  format: ExportFormat,
  environment: Environment,
  enabled: boolean,
) {
  const url = exportUrl(source, format, environment);
  return useQuery({
    queryKey: ["export", url],
    queryFn: ({ signal }) => fetchFiles(url, signal),
    enabled,
    staleTime: 30_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
