/**
 * The page side of the advisor worker: sends engine requests with ids, routes the answers back to their promises,
 * and falls back to running the engine on the main thread (inside a `setTimeout`, engine imported lazily) when Web
 * Workers are unavailable or the worker fails to start. One worker is shared by every hook of the page.
 */
import { createEngineHost, errorMessage, type EngineHost, type EngineRunner } from "./engine-host";
import type { EngineCall, EngineRequestOf, EngineResultOf, EngineTaskKind, FromWorker } from "./protocol";

/** Rejection of a call that a newer call of the same channel replaced before it was computed. */
export class SupersededError extends Error {
  constructor() {
    super("superseded by a newer request");
    this.name = "SupersededError";
  }
}

/** What the client needs of a `Worker` (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: "message", listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: Event) => void): void;
}

export interface EngineClient {
  /**
   * Computes a request off the main thread. `channel` groups calls of one consumer (a hook): a call still waiting
   * when a newer one of its channel arrives is rejected with `SupersededError`. Omit it for a one-off call.
   */
  run<K extends EngineTaskKind>(request: EngineRequestOf<K>, channel?: string): Promise<EngineResultOf<K>>;
  /** Drops the channel's waiting call (rejected with `SupersededError`). */
  cancel(channel: string): void;
  /** Where requests run now ("worker", or "main-thread" after a fallback). */
  readonly mode: "worker" | "main-thread";
  /** Stops the worker; pending calls are rejected. */
  dispose(): void;
}

export interface EngineClientOptions {
  /** Starts the worker; `null` (or a throw) means no worker: run on the main thread. */
  createWorker?: () => WorkerLike | null;
  /** Loads the engine for the main-thread fallback (default: a lazy `import()` of engine-tasks.ts). */
  loadRunner?: () => Promise<EngineRunner>;
}

interface Pending {
  call: EngineCall;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const defaultLoadRunner = (): Promise<EngineRunner> =>
  import("./engine-tasks").then((m) => m.runEngineTask as EngineRunner);

/** Settles the call `message` answers (an answer to a call already settled or dropped is ignored). */
function settle(pending: Map<number, Pending>, message: FromWorker) {
  const p = pending.get(message.id);
  if (!p) return;
  pending.delete(message.id);
  if (message.status === "ok") p.resolve(message.result);
  else if (message.status === "superseded") p.reject(new SupersededError());
  else p.reject(new Error(message.error));
}

/** The worker, or `null` when there is none or starting it throws (the client then runs on the main thread). */
function tryCreateWorker(createWorker: EngineClientOptions["createWorker"]): WorkerLike | null {
  try {
    return createWorker?.() ?? null;
  } catch {
    return null;
  }
}

/** Answers come back through `answer`; a worker that fails to load or crashes makes the client `fallBack`. */
function listen(worker: WorkerLike, answer: (message: FromWorker) => void, fallBack: () => void) {
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => answer(event.data));
  worker.addEventListener("error", fallBack);
  worker.addEventListener("messageerror", fallBack);
}

/** Rejects every waiting call with `SupersededError` and forgets them. */
function rejectAll(pending: Map<number, Pending>) {
  for (const p of pending.values()) p.reject(new SupersededError());
  pending.clear();
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const loadRunner = options.loadRunner ?? defaultLoadRunner;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let oneOff = 0;
  let worker = tryCreateWorker(options.createWorker);
  let mainHost: EngineHost | null = null;
  const answer = (message: FromWorker) => settle(pending, message);

  const mainThread = (): EngineHost => {
    mainHost ??= createEngineHost(answer, async (request) => (await loadRunner())(request));
    return mainHost;
  };

  /** The worker failed to load or crashed: every call it still owes is re-run on the main thread. */
  const fallBack = () => {
    if (!worker) return; // "error" and "messageerror" may both fire: fall back once
    worker.terminate();
    worker = null;
    const host = mainThread();
    for (const p of [...pending.values()].sort((a, b) => a.call.id - b.call.id)) host.receive(p.call);
  };

  if (worker) listen(worker, answer, fallBack);

  const send = (message: EngineCall | { type: "cancel"; channel: string }) => {
    if (worker) {
      try {
        worker.postMessage(message);
        return;
      } catch (e) {
        // A plan that cannot be cloned would fail the same way on the main thread: report it to that call.
        if (message.type === "call") answer({ id: message.id, status: "error", error: errorMessage(e) });
        return;
      }
    }
    mainThread().receive(message);
  };

  return {
    run<K extends EngineTaskKind>(request: EngineRequestOf<K>, channel?: string) {
      const call: EngineCall = {
        type: "call",
        id: nextId++,
        channel: channel ?? `one-off-${++oneOff}`,
        request,
      };
      return new Promise<EngineResultOf<K>>((resolve, reject) => {
        pending.set(call.id, { call, resolve: resolve as (value: unknown) => void, reject });
        send(call);
      });
    },
    cancel(channel) {
      send({ type: "cancel", channel });
    },
    get mode() {
      return worker ? "worker" : "main-thread";
    },
    dispose() {
      worker?.terminate();
      worker = null;
      rejectAll(pending);
    },
  };
}

function startWorker(): WorkerLike | null {
  if (typeof window === "undefined" || typeof Worker === "undefined") return null;
  // The literal `new Worker(new URL(…, import.meta.url))` form is what Turbopack and webpack bundle as a worker entry.
  return new Worker(new URL("./advisor.worker.ts", import.meta.url), {
    type: "module",
    name: "stackplan-advisor",
  }) as WorkerLike;
}

let shared: EngineClient | null = null;

/** The page's shared client (created on first use, in the browser; on the server it runs on the main thread). */
export function getEngineClient(): EngineClient {
  shared ??= createEngineClient({ createWorker: startWorker });
  return shared;
}
