import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, NetworkError } from "../api/errors";
import type { PatchPlanBody, SavedPlan } from "../api/plan-schemas";
import type { PlanDocument } from "../plan/plan-schema";
import { buildTemplate } from "../templates";
import { AutosaveController, draftStorageKey, type AutosaveDeps } from "./autosave-controller";

const base = buildTemplate("minimal");
const withUsers = (users: number): PlanDocument => ({ ...base, workload: { ...base.workload, users } });

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
  key = (i: number) => [...this.data.keys()][i] ?? null;
  get length() {
    return this.data.size;
  }
}

/** A fake server: holds the revision and document, can be taken offline or made to refuse. */
function fakeServer(start = { revision: 1, document: base }) {
  const server = {
    revision: start.revision,
    document: start.document,
    offline: false,
    refuse: null as ApiError | null,
    saves: [] as PatchPlanBody[],
    save: vi.fn(async (body: PatchPlanBody): Promise<SavedPlan> => {
      await Promise.resolve();
      if (server.offline) throw new NetworkError(new TypeError("fetch failed"));
      if (server.refuse) throw server.refuse;
      if (body.baseRevision !== server.revision) {
        throw new ApiError({ code: "conflict", message: "conflict", currentRevision: server.revision });
      }
      server.saves.push(body);
      server.revision++;
      server.document = body.document as PlanDocument;
      return { revision: server.revision, updatedAt: new Date().toISOString() };
    }),
    load: vi.fn(async () => {
      if (server.offline) throw new NetworkError(new TypeError("fetch failed"));
      return { document: server.document, revision: server.revision };
    }),
  };
  return server;
}

function setup(server = fakeServer(), storage = new MemoryStorage(), extra: Partial<AutosaveDeps> = {}) {
  const replaced: { document: PlanDocument; revision: number }[] = [];
  const deps: AutosaveDeps = {
    save: server.save,
    load: server.load,
    storage,
    storageKey: "k",
    onReplaceDocument: (document, revision) => replaced.push({ document, revision }),
    ...extra,
  };
  const controller = new AutosaveController(deps, {
    document: base,
    baseRevision: server.revision,
    debounceMs: 500,
  });
  controller.start();
  return { controller, server, storage, replaced };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("debounces a burst of edits into one save of the last document", async () => {
    const { controller, server, storage } = setup();
    controller.update(withUsers(30));
    controller.update(withUsers(31));
    controller.update(withUsers(32));
    expect(controller.getState()).toMatchObject({ status: "saving", dirty: true });
    expect(storage.data.has("k")).toBe(true);
    await vi.advanceTimersByTimeAsync(499);
    expect(server.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves).toHaveLength(1);
    expect(server.saves[0]).toMatchObject({ baseRevision: 1, document: withUsers(32) });
    expect(controller.getState()).toMatchObject({ status: "saved", dirty: false, revision: 2 });
    expect(storage.data.has("k")).toBe(false);
  });

  it("saves edits made during a save on top of the new revision", async () => {
    const { controller, server } = setup();
    controller.update(withUsers(40));
    await vi.advanceTimersByTimeAsync(500);
    controller.update(withUsers(41));
    await vi.advanceTimersByTimeAsync(600);
    expect(server.saves.map((s) => [s.baseRevision, (s.document as PlanDocument).workload.users])).toEqual([
      [1, 40],
      [2, 41],
    ]);
    expect(controller.getState()).toMatchObject({ status: "saved", revision: 3 });
  });

  it("goes offline, keeps every edit in storage, retries with backoff and saves the latest one", async () => {
    const { controller, server, storage } = setup();
    server.offline = true;
    controller.update(withUsers(50));
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.getState().status).toBe("offline");
    expect(JSON.parse(storage.data.get("k")!).document.workload.users).toBe(50);
    controller.update(withUsers(51)); // edited while offline
    expect(JSON.parse(storage.data.get("k")!)).toMatchObject({
      baseRevision: 1,
      document: { workload: { users: 51 } },
    });
    await vi.advanceTimersByTimeAsync(1000); // first retry after 1 s
    expect(server.save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.save).toHaveBeenCalledTimes(2); // second retry waits 2 s
    await vi.advanceTimersByTimeAsync(1);
    expect(server.save).toHaveBeenCalledTimes(3);
    server.offline = false;
    await vi.advanceTimersByTimeAsync(4000);
    expect(server.saves).toHaveLength(1);
    expect((server.saves[0]!.document as PlanDocument).workload.users).toBe(51);
    expect(controller.getState()).toMatchObject({ status: "saved", dirty: false, error: null });
    expect(storage.data.has("k")).toBe(false);
  });

  it("recovers unsaved edits from an earlier session and saves them", async () => {
    const storage = new MemoryStorage();
    storage.setItem("k", JSON.stringify({ document: withUsers(77), baseRevision: 1, savedAt: 0 }));
    const { controller, server, replaced } = setup(fakeServer(), storage);
    expect(replaced).toEqual([{ document: withUsers(77), revision: 1 }]);
    expect(controller.getState().recovered).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.saves).toHaveLength(1);
    expect(controller.getState()).toMatchObject({ status: "saved", revision: 2, recovered: false });
  });

  it("on 409 exposes ours, theirs and their diff; keepMine saves ours on top of theirs", async () => {
    const { controller, server } = setup();
    server.revision = 5;
    server.document = withUsers(500);
    controller.update(withUsers(60));
    await vi.advanceTimersByTimeAsync(500);
    const state = controller.getState();
    expect(state.status).toBe("conflict");
    expect(state.conflict!.theirsRevision).toBe(5);
    expect(state.conflict!.theirs.workload.users).toBe(500);
    expect(state.conflict!.ours.workload.users).toBe(60);
    expect(state.conflict!.diff.workload).toEqual([{ path: "users", from: 500, to: 60 }]);
    controller.update(withUsers(61)); // editing during the conflict updates ours, does not save
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.saves).toHaveLength(0);
    expect(controller.getState().conflict!.ours.workload.users).toBe(61);
    controller.keepMine();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.saves).toEqual([{ baseRevision: 5, document: withUsers(61) }]);
    expect(controller.getState()).toMatchObject({ status: "saved", revision: 6, conflict: null });
  });

  it("treats a 409 whose server document equals ours as saved (e.g. a save whose answer was lost)", async () => {
    const { controller, server, storage } = setup();
    server.revision = 4;
    server.document = withUsers(44);
    controller.update(withUsers(44));
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.getState()).toMatchObject({
      status: "saved",
      revision: 4,
      conflict: null,
      dirty: false,
    });
    expect(storage.data.has("k")).toBe(false);
  });

  it("takeTheirs drops our edits, clears the draft and hands the server's document to the editor", async () => {
    const { controller, server, storage, replaced } = setup();
    server.revision = 3;
    server.document = withUsers(300);
    controller.update(withUsers(70));
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.takeTheirs()).toEqual(withUsers(300));
    expect(replaced.at(-1)).toEqual({ document: withUsers(300), revision: 3 });
    expect(controller.getState()).toMatchObject({ status: "saved", dirty: false, revision: 3 });
    expect(storage.data.has("k")).toBe(false);
    controller.update(withUsers(300)); // the editor adopting theirs is not an edit
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.save).toHaveBeenCalledTimes(1);
  });

  it("stops on a refusal (e.g. 422), keeps the edit, and retry() sends it again", async () => {
    const { controller, server, storage } = setup();
    server.refuse = new ApiError({
      code: "too_many_nodes",
      message: "too many nodes",
      limit: 2000,
      count: 2001,
    });
    controller.update(withUsers(80));
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.getState()).toMatchObject({
      status: "error",
      error: "too many nodes",
      nextRetryAt: null,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.save).toHaveBeenCalledTimes(1);
    expect(storage.data.has("k")).toBe(true);
    server.refuse = null;
    controller.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState().status).toBe("saved");
  });

  it("waits at least Retry-After on 429", async () => {
    const { controller, server } = setup();
    server.refuse = new ApiError({ code: "rate_limited", message: "slow down", retryAfterSeconds: 7 });
    controller.update(withUsers(90));
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.getState().status).toBe("error");
    server.refuse = null;
    await vi.advanceTimersByTimeAsync(6999);
    expect(server.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(controller.getState().status).toBe("saved");
  });

  it("keys drafts by plan id, and by a hash of a share token (never the token itself)", () => {
    expect(draftStorageKey({ planId: "abc" })).toBe("stackplan:autosave:plan:abc");
    const token = "T".repeat(43);
    const key = draftStorageKey({ shareToken: token });
    expect(key).not.toContain(token);
    expect(key).not.toBe(draftStorageKey({ shareToken: "U".repeat(43) }));
  });

  it("never drops a draft it cannot restore: it is kept under another key and the user is told", () => {
    const storage = new MemoryStorage();
    const broken = { ...withUsers(5), nodes: [{ id: "x" }] };
    storage.setItem("k", JSON.stringify({ document: broken, baseRevision: 1, savedAt: 0 }));
    const { controller, replaced } = setup(fakeServer(), storage);
    expect(replaced).toEqual([]);
    expect(controller.getState().status).toBe("error");
    expect(controller.getState().error).toContain('kept in this browser\'s storage under "k:unrestorable"');
    expect(JSON.parse(storage.getItem("k:unrestorable")!).document).toEqual(broken);
    expect(storage.data.has("k")).toBe(false);
  });

  it("recovers a draft written by an older schema version (upgraded on the way)", () => {
    const storage = new MemoryStorage();
    const v1 = {
      schemaVersion: 1,
      name: "Prototype",
      users: 66,
      nodes: [{ id: "db", type: "postgres", x: 400, y: 20 }],
      edges: [],
    };
    storage.setItem("k", JSON.stringify({ document: v1, baseRevision: 1, savedAt: 0 }));
    const { replaced } = setup(fakeServer(), storage);
    expect(replaced[0]?.document.workload.users).toBe(66);
    expect(replaced[0]?.document.nodes.map((n) => n.id)).toEqual(["db"]);
  });

  it("sends an edit made while a refused save was in flight (it may be the fix)", async () => {
    const { controller, server } = setup();
    let release!: () => void;
    server.save.mockImplementationOnce(async () => {
      await new Promise<void>((r) => (release = r));
      throw new ApiError({ code: "validation_failed", message: "bad" });
    });
    controller.update(withUsers(81));
    await vi.advanceTimersByTimeAsync(500); // the bad save is in flight
    controller.update(withUsers(82)); // the fix, typed meanwhile
    await vi.advanceTimersByTimeAsync(500);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState().status).toBe("error");
    await vi.advanceTimersByTimeAsync(500);
    expect(server.saves.at(-1)?.document).toEqual(withUsers(82));
    expect(controller.getState().status).toBe("saved");
  });

  it("keeps one draft per tab: a tab's save never clears another tab's unsaved edits; a new tab adopts an orphan", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const tabA = setup(server, storage, { storageKey: "plan:a", draftPrefix: "plan" }).controller;
    const tabB = setup(server, storage, { storageKey: "plan:b", draftPrefix: "plan" }).controller;
    server.offline = true;
    tabA.update(withUsers(101));
    tabB.update(withUsers(202));
    await vi.advanceTimersByTimeAsync(500);
    expect(storage.data.has("plan:a") && storage.data.has("plan:b")).toBe(true);
    server.offline = false;
    tabA.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(tabA.getState().status).toBe("saved");
    // B's edits are still on disk, though A saved and cleared its own.
    expect(storage.data.has("plan:a")).toBe(false);
    expect(JSON.parse(storage.getItem("plan:b")!).document).toEqual(withUsers(202));
    // B's tab dies; later a new tab opens the plan and takes B's draft over.
    tabB.dispose();
    await vi.advanceTimersByTimeAsync(11_000);
    const { replaced } = setup(server, storage, { storageKey: "plan:c", draftPrefix: "plan" });
    expect(replaced[0]?.document).toEqual(withUsers(202));
    expect(storage.data.has("plan:b")).toBe(false);
    expect(storage.data.has("plan:c")).toBe(true);
  });
});
