/**
 * The worker side of the protocol, independent of where it runs: inside `advisor.worker.ts`, or on the main thread
 * (inside a `setTimeout`) when Web Workers are unavailable. One call is computed at a time; between calls the host
 * yields to the event loop so newer calls can supersede waiting ones of the same channel (latest wins).
 */
import type { EngineCall, EngineRequest, FromWorker, ToWorker } from "./protocol";

/** Computes a request (synchronously in the worker, or after a lazy `import()` of the engine). */
export type EngineRunner = (request: EngineRequest) => unknown;

/** Waiting calls: at most one per channel, served oldest first. Pure data structure. */
export class LatestWinsQueue {
  private readonly waiting = new Map<string, EngineCall>();

  /** Queues a call; returns the call of the same channel it replaces (to be answered `superseded`), if any. */
  push(call: EngineCall): EngineCall | undefined {
    const previous = this.waiting.get(call.channel);
    // Re-inserting moves the channel to the back: a replaced call does not keep its old place in line.
    this.waiting.delete(call.channel);
    this.waiting.set(call.channel, call);
    return previous?.id === call.id ? undefined : previous;
  }

  /** Removes the channel's waiting call (returns it). */
  drop(channel: string): EngineCall | undefined {
    const call = this.waiting.get(channel);
    this.waiting.delete(channel);
    return call;
  }

  /** The oldest waiting call, removed from the queue. */
  shift(): EngineCall | undefined {
    const first = this.waiting.values().next();
    if (first.done) return undefined;
    this.waiting.delete(first.value.channel);
    return first.value;
  }

  get size(): number {
    return this.waiting.size;
  }
}

export interface EngineHost {
  /** Handles one message from the page. */
  receive(message: ToWorker): void;
}

/**
 * @param post sends an answer to the page (`postMessage` in the worker, a callback on the main thread)
 * @param run computes a request; may return a promise (the main-thread fallback imports the engine lazily)
 * @param schedule runs a function on a later turn of the event loop (default `setTimeout(fn, 0)`)
 */
export function createEngineHost(
  post: (message: FromWorker) => void,
  run: EngineRunner,
  schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
): EngineHost {
  const queue = new LatestWinsQueue();
  let busy = false;
  let scheduled = false;

  const pump = () => {
    if (busy || scheduled || queue.size === 0) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      const call = queue.shift();
      if (!call) return;
      busy = true;
      void execute(call).finally(() => {
        busy = false;
        pump();
      });
    });
  };

  const execute = async (call: EngineCall) => {
    try {
      const result = await run(call.request);
      post({ id: call.id, status: "ok", result });
    } catch (e) {
      post({ id: call.id, status: "error", error: errorMessage(e) });
    }
  };

  return {
    receive(message) {
      if (message.type === "cancel") {
        const dropped = queue.drop(message.channel);
        if (dropped) post({ id: dropped.id, status: "superseded" });
        return;
      }
      const replaced = queue.push(message);
      if (replaced) post({ id: replaced.id, status: "superseded" });
      pump();
    },
  };
}

/** A readable message from anything thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  return "the advisor failed for an unknown reason";
}
