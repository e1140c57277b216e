import { handleOwner, type RouteParams } from "@/lib/server/http";
import { requirePlan } from "@/lib/server/plans/store";

export const dynamic = "force-dynamic";

/** A file name from a plan name: lowercase ASCII words joined by '-', never empty. */
function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "plan";
}

/**
 * GET /api/plans/:id/document — the current document as a downloadable JSON file (Content-Disposition), ready for
 * POST /api/plans/import or the CLI.
 */
export async function GET(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => {
    const plan = await requirePlan((await params).id);
    const filename = `${fileSlug(plan.name)}-r${plan.revision}.stackplan.json`;
    return new Response(`${JSON.stringify(plan.document, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  });
}
