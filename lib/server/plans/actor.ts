/** Who performs a write: the owner (no accounts yet: the local user) or a share link (by its id, never its token). */
export type Actor = { kind: "owner" } | { kind: "link"; linkId: string };

export const OWNER: Actor = { kind: "owner" };

/** The actor as stored in versions and the audit log: "owner" or "link:<linkId>". */
export const actorLabel = (a: Actor) => (a.kind === "owner" ? "owner" : `link:${a.linkId}`);
