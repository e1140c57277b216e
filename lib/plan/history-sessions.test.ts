import { describe, expect, it } from "vitest";
import {
  AUTOSAVE_MESSAGES,
  groupHistory,
  isAutosave,
  knownMessage,
  restoredMessage,
  type HistoryVersion,
} from "./history-sessions";

/** A version at `minute` past 10:00 on one day. */
function v(revision: number, minute: number, extra: Partial<HistoryVersion> = {}): HistoryVersion {
  const at = new Date(Date.UTC(2026, 11, 3, 10, 0) + minute * 60_000).toISOString();
  return { revision, message: AUTOSAVE_MESSAGES.owner, label: "", actor: "owner", createdAt: at, ...extra };
}

const shape = (rows: ReturnType<typeof groupHistory>) =>
  rows.map((r) => (r.kind === "version" ? r.version.revision : r.versions.map((x) => x.revision)));

describe("groupHistory", () => {
  it("collapses consecutive autosaves of one actor within the gap into one session, newest first", () => {
    const versions = [v(5, 40), v(4, 31), v(3, 2), v(2, 1), v(1, 0, { message: "Created" })];
    // 4 → 3 is 29 minutes (inside a 30-minute gap): one session 5…2; "Created" keeps its own row.
    expect(shape(groupHistory(versions, 30))).toEqual([[5, 4, 3, 2], 1]);
    const [session] = groupHistory(versions, 30);
    expect(session).toMatchObject({ kind: "session", actor: "owner" });
    if (session?.kind === "session") {
      expect(session.newest.revision).toBe(5);
      expect(session.oldest.revision).toBe(2);
    }
  });

  it("splits a session at a pause longer than the gap and at a change of actor", () => {
    const versions = [
      v(6, 100),
      v(5, 95),
      v(4, 50), // 45 minutes before r5: a new session
      v(3, 49, { actor: "link:abc", message: AUTOSAVE_MESSAGES.link }),
      v(2, 48, { actor: "link:abc", message: AUTOSAVE_MESSAGES.link }),
      v(1, 0, { message: "Created" }),
    ];
    expect(shape(groupHistory(versions, 30))).toEqual([[6, 5], 4, [3, 2], 1]);
  });

  it("always shows named versions and deliberate revisions on their own, breaking a session", () => {
    const versions = [
      v(6, 5),
      v(5, 4),
      v(4, 3, { label: "sent to customer" }),
      v(3, 2),
      v(2, 1, { message: "Restored revision 1" }),
      v(1, 0, { message: "Created" }),
    ];
    expect(shape(groupHistory(versions))).toEqual([[6, 5], 4, 3, 2, 1]);
  });

  it("keeps a lone autosave as a plain row and handles an empty history", () => {
    expect(shape(groupHistory([v(2, 1), v(1, 0, { message: "Created" })]))).toEqual([2, 1]);
    expect(groupHistory([])).toEqual([]);
  });

  it("tells autosaves from the rest by their message and label", () => {
    expect(isAutosave(v(1, 0))).toBe(true);
    expect(isAutosave(v(1, 0, { message: AUTOSAVE_MESSAGES.link }))).toBe(true);
    expect(isAutosave(v(1, 0, { label: "v1" }))).toBe(false);
    expect(isAutosave(v(1, 0, { message: "Add a Redis replica" }))).toBe(false);
  });
});

describe("knownMessage", () => {
  it("recognises the messages the server writes, and leaves people's own alone", () => {
    expect(knownMessage(AUTOSAVE_MESSAGES.owner)).toEqual({ kind: "saved" });
    expect(knownMessage(AUTOSAVE_MESSAGES.link)).toEqual({ kind: "savedViaLink" });
    expect(knownMessage("Created")).toEqual({ kind: "created" });
    expect(knownMessage(restoredMessage(12))).toEqual({ kind: "restored", revision: 12 });
    expect(knownMessage("Restored revision 12 by hand")).toBeNull();
    expect(knownMessage("Add a Redis replica")).toBeNull();
  });
});
