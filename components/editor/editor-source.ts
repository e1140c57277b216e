/**
 * Where the open plan comes from: the owner's plan (`/plans/<id>`) or a share link (`/s/<token>`), whose role
 * decides whether the editor edits and saves (through `PATCH /api/shared/<token>`) or only shows the plan.
 */
export type EditorSource =
  { kind: "plan"; planId: string } | { kind: "shared"; token: string; role: "view" | "edit" };

/** The editor access a source gives (see EditorAccess in lib/editor/store). */
export function accessOf(source: EditorSource): "owner" | "edit" | "view" {
  return source.kind === "plan" ? "owner" : source.role;
}
