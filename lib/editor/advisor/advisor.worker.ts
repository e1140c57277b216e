/**
 * The advisor's Web Worker: runs `advise(plan)`, `compareScenarios`, `sensitivity` and `specScenarios` off the main
 * thread (each takes ~50–200 ms on a large plan). Started by `engine-client.ts` with
 * `new Worker(new URL("./advisor.worker.ts", import.meta.url), { type: "module" })`; the protocol is in
 * `protocol.ts`, the scheduling (one call at a time, latest call per channel wins) in `engine-host.ts`.
 */
import { runEngineTask } from "./engine-tasks";
import { createEngineHost } from "./engine-host";
import type { FromWorker, ToWorker } from "./protocol";

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;

const host = createEngineHost((message: FromWorker) => scope.postMessage(message), runEngineTask);

scope.addEventListener("message", (event: MessageEvent<ToWorker>) => host.receive(event.data));
