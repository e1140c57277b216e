import { PlansPageClient } from "@/components/plans/plans-page-client";
import { QueryProvider } from "@/components/providers/query-provider";

export const metadata = { title: "Plans" };

/**
 * /plans — the list is a client component on the REST API (search, sort, archive, duplicate, share). QueryProvider
 * here keeps the page working on its own; once app/layout.tsx mounts one, it defers to that.
 */
export default function PlansPage() {
  return (
    <QueryProvider>
      <PlansPageClient />
    </QueryProvider>
  );
}
