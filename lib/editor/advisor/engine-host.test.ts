import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../templates";
import { createEngineHost, errorMessage, LatestWinsQueue } from "./engine-host";
import type { EngineCall, FromWorker } from "./protocol";

const plan = buildTemplate("minimal");
const call = (id: number, channel: string): EngineCall => ({
  type: "call",
  id,
  channel,
  request: { kind: "spec-scenarios", plan },
});

/** A scheduler the test drives by hand. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => void queue.push(fn),
    /** Runs scheduled turns (and the microtasks between them) until nothing is left. */
    async drain() {
      for (let i = 0; i < 100 && queue.length; i++) {
        queue.shift()!();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

describe("LatestWinsQueue", () => {
  it("keeps one call per channel, oldest channel first, and moves a replaced channel to the back", () => {
    const q = new LatestWinsQueue();
    expect(q.push(call(1, "a"))).toBeUndefined();
    expect(q.push(call(2, "b"))).toBeUndefined();
    expect(q.push(call(3, "a"))?.id).toBe(1);
    expect(q.size).toBe(2);
    expect(q.shift()?.id).toBe(2);
    expect(q.shift()?.id).toBe(3);
    expect(q.shift()).toBeUndefined();
  });

  it("does not report a call as superseded by itself (re-sent after a worker failure)", () => {
    const q = new LatestWinsQueue();
    q.push(call(1, "a"));
    expect(q.push(call(1, "a"))).toBeUndefined();
    expect(q.size).toBe(1);
  });

  it("drops a channel's waiting call", () => {
    const q = new LatestWinsQueue();
    q.push(call(1, "a"));
    expect(q.drop("a")?.id).toBe(1);
    expect(q.drop("a")).toBeUndefined();
    expect(q.size).toBe(0);
  });
});

describe("createEngineHost", () => {
  it("answers superseded for replaced calls and computes only the newest of a channel", async () => {
    const posted: FromWorker[] = [];
    const ran: number[] = [];
    const s = manualScheduler();
    const host = createEngineHost(
      (m) => posted.push(m),
      (req) => {
        ran.push(req.plan.workload.users);
        return req.kind;
      },
      s.schedule,
    );
    const withUsers = (id: number, users: number): EngineCall => ({
      ...call(id, "hook"),
      request: { kind: "advise", plan: { ...plan, workload: { ...plan.workload, users } } },
    });
    host.receive(withUsers(1, 10));
    host.receive(withUsers(2, 20));
    host.receive(withUsers(3, 30));
    await s.drain();
    expect(ran).toEqual([30]);
    expect(posted).toEqual([
      { id: 1, status: "superseded" },
      { id: 2, status: "superseded" },
      { id: 3, status: "ok", result: "advise" },
    ]);
  });

  it("serves different channels in turn and reports errors per call", async () => {
    const posted: FromWorker[] = [];
    const s = manualScheduler();
    const host = createEngineHost(
      (m) => posted.push(m),
      (req) => {
        if (req.kind === "compare") throw new Error("plan has no nodes");
        return "fine";
      },
      s.schedule,
    );
    host.receive(call(1, "a"));
    host.receive({ ...call(2, "b"), request: { kind: "compare", plan } });
    await s.drain();
    expect(posted).toEqual([
      { id: 1, status: "ok", result: "fine" },
      { id: 2, status: "error", error: "plan has no nodes" },
    ]);
  });

  it("cancels a waiting call", async () => {
    const posted: FromWorker[] = [];
    const s = manualScheduler();
    const host = createEngineHost(
      (m) => posted.push(m),
      () => "x",
      s.schedule,
    );
    host.receive(call(1, "a"));
    host.receive({ type: "cancel", channel: "a" });
    await s.drain();
    expect(posted).toEqual([{ id: 1, status: "superseded" }]);
  });

  it("awaits an asynchronous runner (the main-thread fallback imports the engine lazily)", async () => {
    const posted: FromWorker[] = [];
    const host = createEngineHost(
      (m) => posted.push(m),
      async () => "later",
    );
    host.receive(call(7, "a"));
    await new Promise((r) => setTimeout(r, 20));
    expect(posted).toEqual([{ id: 7, status: "ok", result: "later" }]);
  });
});

describe("errorMessage", () => {
  it("reads errors, strings and anything else", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("bad plan")).toBe("bad plan");
    expect(errorMessage(42)).toMatch(/unknown reason/);
  });
});
