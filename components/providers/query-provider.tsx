"use client";

import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { useContext, useState, type ReactNode } from "react";
import { isRetryable } from "@/lib/api/errors";

/** The app's query defaults: short freshness (plans change under other users), retries only where they can help. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => isRetryable(error) && failures < 3,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * Provides the TanStack Query client to client components (mount once in app/layout.tsx). When a provider is
 * already above (pages that wrap themselves so they work before the layout mounts it), it renders its children
 * as they are, so there is one cache per tab.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const parent = useContext(QueryClientContext);
  const [client] = useState(() => (parent ? null : createQueryClient()));
  if (!client) return <>{children}</>;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
