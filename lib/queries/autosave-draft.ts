/**
 * Unsaved edits of the autosave, kept in localStorage (or a stand-in) until the server acknowledges a save that
 * contains them, so that a reload, a crash or a closed laptop while offline loses nothing.
 */
export interface Draft {
  document: unknown;
  /** The revision the edits were based on (a later save conflicts if the plan moved on meanwhile). */
  baseRevision: number;
  /** When the draft was written (epoch ms). */
  savedAt: number;
}

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem"> &
  Partial<Pick<Storage, "key" | "length">>;

/** A draft of another tab untouched this long is taken to be orphaned (its tab closed or crashed), ms. */
export const ORPHAN_AFTER_MS = 10_000;
const UNRESTORABLE = ":unrestorable";

function parseDraft(raw: string | null | undefined): Draft | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return Number.isInteger(draft.baseRevision) && draft.baseRevision >= 1 ? draft : null;
  } catch {
    return null;
  }
}

/**
 * One tab's draft of one plan (or link), under its own key — `<prefix>:<tab id>` — so that two tabs editing the same
 * plan offline never overwrite or clear each other's edits. A new tab adopts the newest orphaned draft of the plan.
 */
export class DraftStore {
  constructor(
    private readonly storage: DraftStorage | null,
    private readonly key: string,
    /** The plan's (or link's) key without the tab part: drafts of other tabs are found by it. */
    private readonly prefix?: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** This tab's draft, else the newest orphaned one of the same plan (moved to this tab's key). */
  read(): Draft | null {
    try {
      return parseDraft(this.storage?.getItem(this.key)) ?? this.adoptOrphan();
    } catch {
      return null;
    }
  }

  private adoptOrphan(): Draft | null {
    const storage = this.storage;
    if (!storage || this.prefix === undefined || storage.key === undefined || storage.length === undefined)
      return null;
    let best: { key: string; draft: Draft } | null = null;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key || key === this.key || key.endsWith(UNRESTORABLE)) continue;
      if (key !== this.prefix && !key.startsWith(`${this.prefix}:`)) continue;
      const draft = parseDraft(storage.getItem(key));
      if (!draft || this.now() - draft.savedAt < ORPHAN_AFTER_MS) continue;
      if (!best || draft.savedAt > best.draft.savedAt) best = { key, draft };
    }
    if (!best) return null;
    storage.setItem(this.key, JSON.stringify(best.draft));
    storage.removeItem(best.key);
    return best.draft;
  }

  /**
   * Keeps a draft that can no longer be restored (it fails validation, e.g. after an upgrade) under a separate key
   * instead of deleting it: unsaved work is never thrown away silently. Returns that key.
   */
  quarantine(): string {
    const target = `${this.key}${UNRESTORABLE}`;
    try {
      const raw = this.storage?.getItem(this.key);
      if (raw) this.storage?.setItem(target, raw);
      this.storage?.removeItem(this.key);
    } catch {
      // storage unavailable: nothing more can be done
    }
    return target;
  }

  write(document: unknown, baseRevision: number, savedAt: number): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ document, baseRevision, savedAt } satisfies Draft));
    } catch {
      // Storage full or disabled: the edit still lives in memory and keeps being retried.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // nothing to clean up
    }
  }
}

/** FNV-1a, 32 bit, from a given offset basis. */
function fnv1a(text: string, basis: number): string {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * localStorage key of a plan's or link's unsaved edits. A share token is a secret: it is hashed rather than written
 * to storage in clear — 64 bits (two FNV-1a runs with different bases), so that two links' drafts never share a
 * key by accident (a shared key would load one plan's edits into another and save them there).
 */
export function draftStorageKey(target: { planId: string } | { shareToken: string }): string {
  if ("planId" in target) return `stackplan:autosave:plan:${target.planId}`;
  return `stackplan:autosave:link:${fnv1a(target.shareToken, 0x811c9dc5)}${fnv1a(target.shareToken, 0x050c5d1f)}`;
}
