import type { ShareLinkDto } from "@/lib/api/schemas";
import { handleOwner, json, type RouteParams } from "@/lib/server/http";
import { revokeShareLink } from "@/lib/server/share-links";

export const dynamic = "force-dynamic";

/** DELETE /api/plans/:id/share-links/:linkId — revokes the link (it answers 410 from then on) → the link. */
export async function DELETE(request: Request, { params }: RouteParams<{ id: string; linkId: string }>) {
  return handleOwner(request, async () => {
    const { id, linkId } = await params;
    const link: ShareLinkDto = await revokeShareLink(id, linkId);
    return json(link);
  });
}
