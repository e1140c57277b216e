import { describe, expect, it } from "vitest";
import { advise } from "../../engine/advisor";
import { buildTemplate } from "../../templates";
import { createEngineClient, SupersededError, type WorkerLike } from "./engine-client";
import { createEngineHost } from "./engine-host";
import { runEngineTask } from "./engine-tasks";
import type { FromWorker, ToWorker } from "./protocol";

const plan = buildTemplate("production");

type Listener = (event: never) => void;

/** An in-process stand-in for the Web Worker: the real host and engine, messages cloned like postMessage does. */
function fakeWorker(options: { failOnStart?: boolean; bothErrors?: boolean } = {}) {
  const listeners: Record<string, Listener[]> = {};
  const emit = (type: string, event: unknown) =>
    setTimeout(() => listeners[type]?.forEach((l) => (l as (e: unknown) => void)(event)), 0);
  const host = createEngineHost(
    (m: FromWorker) => emit("message", { data: structuredClone(m) }),
    runEngineTask,
  );
  const received: ToWorker[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage(message) {
      if (terminated) return;
      received.push(message as ToWorker);
      if (options.failOnStart) {
        emit("error", new Event("error"));
        if (options.bothErrors) emit("messageerror", new Event("messageerror"));
      } else host.receive(structuredClone(message as ToWorker));
    },
    terminate() {
      terminated = true;
    },
    addEventListener(type: string, listener: Listener) {
      (listeners[type] ??= []).push(listener);
    },
  };
  return { worker, received, isTerminated: () => terminated };
}

describe("createEngineClient", () => {
  it("computes advise in the worker with the same answer as the engine", async () => {
    const fake = fakeWorker();
    const client = createEngineClient({ createWorker: () => fake.worker });
    expect(client.mode).toBe("worker");
    const result = await client.run({ kind: "advise", plan });
    const direct = advise(plan);
    expect(result.recommended?.id).toBe(direct.recommended?.id);
    expect(result.options.map((o) => o.monthlyCostUsd)).toEqual(direct.options.map((o) => o.monthlyCostUsd));
    expect(fake.received[0]).toMatchObject({ type: "call", id: 1, request: { kind: "advise" } });
  });

  it("rejects superseded calls of a channel with SupersededError and resolves the newest", async () => {
    const client = createEngineClient({ createWorker: () => fakeWorker().worker });
    const first = client.run({ kind: "spec-scenarios", plan }, "hook");
    const second = client.run({ kind: "spec-scenarios", plan }, "hook");
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    expect((await second).map((s) => s.kind)).toEqual(["cloud", "self-hosted", "hybrid", "mac-cluster"]);
  });

  it("runs on the main thread when there is no Worker (as in Node) or it cannot be constructed", async () => {
    for (const createWorker of [
      undefined,
      () => null,
      () => {
        throw new Error("blocked by CSP");
      },
    ]) {
      const client = createEngineClient({ createWorker });
      expect(client.mode).toBe("main-thread");
      const comparison = await client.run({ kind: "compare", plan });
      expect(comparison.rows[0]?.name).toBe("Current design");
    }
  });

  it("falls back to the main thread when the worker fails to load, re-running the calls it owed", async () => {
    const fake = fakeWorker({ failOnStart: true });
    const client = createEngineClient({ createWorker: () => fake.worker });
    const result = await client.run({ kind: "sensitivity", plan });
    expect(client.mode).toBe("main-thread");
    expect(fake.isTerminated()).toBe(true);
    expect(result.scenarioId).toBeNull();
    expect(result.points).toHaveLength(12);
  });

  it("falls back once when the worker reports both error and messageerror", async () => {
    const fake = fakeWorker({ failOnStart: true, bothErrors: true });
    const client = createEngineClient({ createWorker: () => fake.worker });
    const result = await client.run({ kind: "spec-scenarios", plan }, "hook");
    expect(result).toHaveLength(4);
  });

  it("reports engine errors to the caller", async () => {
    const client = createEngineClient({
      loadRunner: async () => () => {
        throw new Error("the plan has no LLM");
      },
    });
    await expect(client.run({ kind: "advise", plan })).rejects.toThrow("the plan has no LLM");
  });

  it("cancels a waiting call and rejects pending calls on dispose", async () => {
    const client = createEngineClient({ loadRunner: async () => () => "done" });
    const a = client.run({ kind: "advise", plan }, "a");
    client.cancel("a");
    await expect(a).rejects.toBeInstanceOf(SupersededError);
    const b = client.run({ kind: "advise", plan }, "b");
    client.dispose();
    await expect(b).rejects.toBeInstanceOf(SupersededError);
  });
});
