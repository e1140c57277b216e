"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import { openApiKey } from "./query-keys";

/** GET /api/openapi.json — the API description (static per deployment). */
export function useOpenApiDocument() {
  return useQuery({
    queryKey: openApiKey,
    queryFn: ({ signal }) => api.openApi(signal),
    staleTime: Infinity,
  });
}
