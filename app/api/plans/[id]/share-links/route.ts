import { createShareLinkBodySchema, type CreatedShareLink, type ShareLinkDto } from "@/lib/api/schemas";
import {
  handleOwner,
  json,
  parseWith,
  publicOrigin,
  readJsonBody,
  type RouteParams,
} from "@/lib/server/http";
import { createShareLink, listShareLinks } from "@/lib/server/share-links";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ id: string }>;

/**
 * POST /api/plans/:id/share-links `{ role: "view"|"edit", expiresAt?, label?, audience?, reviewFindings? }` → 201 with the link, its `token`
 * and `url` (<origin>/s/<token>). The token is shown this once: only its SHA-256 is stored.
 */
export async function POST(request: Request, { params }: Params) {
  return handleOwner(request, async () => {
    const body = parseWith(createShareLinkBodySchema, await readJsonBody(request));
    const { link, token } = await createShareLink((await params).id, {
      role: body.role,
      label: body.label,
      audience: body.audience,
      reviewFindings: body.reviewFindings,
      expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
    });
    const created: CreatedShareLink = { ...link, token, url: `${publicOrigin(request)}/s/${token}` };
    return json(created, { status: 201 });
  });
}

/** GET /api/plans/:id/share-links — the plan's links (no tokens) with status active|expired|revoked. */
export async function GET(request: Request, { params }: Params) {
  return handleOwner(request, async () => {
    const links: ShareLinkDto[] = await listShareLinks((await params).id);
    return json({ links });
  });
}
