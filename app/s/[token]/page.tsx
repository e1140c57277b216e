import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CustomerView } from "@/components/customer/customer-view";
import { EditorPage } from "@/components/editor/editor-page";
import { resolveLocale } from "@/lib/export/pdf/locale";
import { runJob } from "@/lib/server/jobs/pool";
import type { ProposalData } from "@/lib/server/jobs/proposal-data-job";
import { SharedLinkUnavailable } from "@/components/plan/shared-link-unavailable";
import { clientIp } from "@/lib/server/http";
import { loadSharedPage } from "@/lib/server/shared-plan";
import { SHARE_CHECKED_HEADER } from "@/lib/server/content-security";

export const dynamic = "force-dynamic";

// The URL holds a secret: keep it out of search engines and out of Referer headers of outgoing links.
export const metadata: Metadata = {
  title: "Shared plan",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * /s/<token> — a plan opened through a share link. A customer view link (the default audience of view links) opens
 * the presentation view (components/customer), in `?lang=`, else the plan's, else the browser's language; an
 * engineer view link opens the designer read-only (pans, zooms, inspects, compares and exports); an edit link also
 * edits and saves through the link (the loading lives in lib/server/shared-plan.ts
 * loadSharedPage). Rate-limited, revoked and expired links are answered by proxy.ts (429 / 410 with a page saying
 * so); the page still renders the same message if a link is revoked in between. Unknown tokens are a 404.
 */
export default async function SharedPlanPage({ params, searchParams }: Props) {
  const { token } = await params;
  const requestHeaders = await headers();
  // proxy.ts already counted this look-up (and answered 429/410 itself when the link cannot be used).
  const result = await loadSharedPage(token, clientIp(requestHeaders), undefined, {
    counted: requestHeaders.get(SHARE_CHECKED_HEADER) === "1",
  });
  if (result.kind === "not-found") notFound();
  if (result.kind === "revoked" || result.kind === "expired") {
    return <SharedLinkUnavailable reason={result.kind} at={result.at} />;
  }
  if (result.kind === "rate-limited") {
    return <SharedLinkUnavailable reason="rate-limited" retryAfterSeconds={result.retryAfterSeconds} />;
  }
  const { plan, role, audience } = result.shared;
  if (role === "view" && audience === "customer") {
    const lang = (await searchParams).lang;
    const locale = resolveLocale(
      plan.document,
      typeof lang === "string" ? lang : null,
      requestHeaders.get("accept-language"),
    );
    const data = JSON.parse(await runJob("proposalData", { document: plan.document })) as ProposalData;
    return (
      <CustomerView
        token={token}
        document={plan.document}
        report={data.report}
        scenarios={data.scenarios}
        locale={locale}
        name={result.shared.name}
        reviewKeys={result.shared.reviewFindings}
        updatedAt={plan.updatedAt}
      />
    );
  }
  return (
    <EditorPage
      planId={plan.id}
      source={{ kind: "shared", token, role }}
      document={plan.document}
      revision={plan.revision}
    />
  );
}
